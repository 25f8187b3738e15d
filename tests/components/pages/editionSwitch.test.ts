import { describe, expect, it } from 'vitest';
import { sectionInView } from '../../../src/components/pages/editionSwitch';

describe('the language switch', () => {
  it('lands in the section the reader was in', () => {
    const tops = [{ id: 'strikes', top: -2000 }, { id: 'legal', top: 100 }, { id: 'blowback', top: 900 }];
    expect(sectionInView(tops, 800)).toBe('legal');
    expect(sectionInView(tops.map((t) => ({ ...t, top: t.top + 2500 })), 800)).toBeNull();
  });
});
