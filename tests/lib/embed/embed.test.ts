import { describe, expect, it } from 'vitest';
import { clampStep, resizeMessage, RESIZE_MESSAGE } from '../../../src/lib/embed/protocol';
import { sectionInView } from '../../../src/lib/editionSwitch';
import { wrap } from '../../../src/lib/share/shareCard';

describe('embeds, the language switch and the share card', () => {
  it('an embed asks its host for a whole number of pixels, and never steps outside its figure', () => {
    expect(resizeMessage(612.2, '/embed/casualties/')).toEqual({ type: RESIZE_MESSAGE, height: 613, path: '/embed/casualties/' });
    expect([clampStep(-1, 5), clampStep(2, 5), clampStep(9, 5)]).toEqual([0, 2, 4]);
  });

  it('the language switch lands in the section the reader was in', () => {
    const tops = [{ id: 'strikes', top: -2000 }, { id: 'legal', top: 100 }, { id: 'blowback', top: 900 }];
    expect(sectionInView(tops, 800)).toBe('legal');
    expect(sectionInView(tops.map((t) => ({ ...t, top: t.top + 2500 })), 800)).toBeNull();
  });

  it('the share card breaks the headline between words, within the line length', () => {
    const lines = wrap("As U.S. strikes on small boats mount, Colombia's Petro turns toward Venezuela", 40);
    expect(lines).toEqual(['As U.S. strikes on small boats mount,', "Colombia's Petro turns toward Venezuela"]);
  });
});
