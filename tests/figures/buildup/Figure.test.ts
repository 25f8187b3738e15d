import { describe, expect, test } from 'vitest';
import Buildup from '$figures/buildup/Figure.svelte';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer } from '../render';

// Fixture rows: D001, D002 by Aug. 20; D007 and D008 on Aug. 26; D009–D011 in Puerto Rico in September;
// D016, D019 (the Ford, ordered Oct. 24) and D020 in October; D025 and D027 after the as-of date; D034 never dated.
// Troop totals: T03, 4,500 on Aug. 26.
const buildupMap = figureRenderer(Buildup, 'buildup');
const buttons = (html: string) => html.match(/<button[^>]*class="mark map-at[^"]*"[^>]*>/g) ?? [];
const shown = (html: string) => buttons(html).filter((b) => !/\bhidden\b/.test(b)).length;

describe('the build-up map renders on the server', () => {
  test('August: the first ships, in an area marked approximate', () => {
    const html = buildupMap({ through: '2025-08-26', view: 'caribbean' });
    expect(html).toMatch(/aria-label="Map of the U\.S\. build-up as reported by Aug\. 26, 2025: 4 deployments/);
    expect(html).toContain('Caribbean, at sea');
    expect(html).toContain('(approximate)');
    expect(html).toContain('4,500 (Aug. 26)');
  });

  test('assets appear in the order they were reported', () => {
    expect(shown(buildupMap({ through: '2025-08-20' }))).toBe(2);
    expect(shown(buildupMap({ through: '2025-09-15' }))).toBe(7);
    expect(shown(buildupMap({ through: AS_OF }))).toBe(10);
  });

  test('a mark stays in its place from step to step: a later step only shows more of them', () => {
    const place = (b: string) => /style="([^"]*)"/.exec(b)![1];
    expect(buttons(buildupMap({ through: '2025-08-20' })).map(place)).toEqual(buttons(buildupMap({ through: AS_OF })).map(place));
  });

  test('each mark is a named button a keyboard reaches', () => {
    const html = buildupMap({ through: '2025-09-15' });
    expect(html).toMatch(/<button type="button" class="mark map-at[^"]*"[^>]*aria-label="F-35 fighter jets \(10\), first land-based strike aircraft in the build-up, first reported Sept\. 6, 2025"/);
  });

  test('the legend tells symbols apart by shape, with six kinds', () => {
    const html = buildupMap({ through: AS_OF });
    const legend = /<ul class="legend[^"]*"[\s\S]*?<\/ul>/.exec(html)![0];
    expect(new Set(legend.match(/class="glyph (large_ship|ship|submarine|aircraft|drone|base)/g))).toHaveProperty('size', 6);
  });

  test('a highlighted group: the others are dimmed', () => {
    // By Nov. 10, aircraft and drones: D009, D010, D011, D016; the other 6 are ships.
    const html = buildupMap({ through: AS_OF, highlight: 'aircraft' });
    expect(buttons(html).filter((b) => /\bdim\b/.test(b) && !/\bhidden\b/.test(b))).toHaveLength(6);
  });
});
