import { describe, expect, it } from 'vitest';
import { wrap } from '$figures/casualties/shareCard';

describe('the share card', () => {
  it('breaks the headline between words, within the line length', () => {
    const lines = wrap("As U.S. strikes on small boats mount, Colombia's Petro turns toward Venezuela", 40);
    expect(lines).toEqual(['As U.S. strikes on small boats mount,', "Colombia's Petro turns toward Venezuela"]);
  });
});
