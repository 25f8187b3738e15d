import { describe, expect, test } from 'vitest';
import Buildup from '$figures/buildup/Figure.svelte';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer } from '../render';

// Fixture rows: D001, D002 by Aug. 20; D007 and D008 on Aug. 26; D009–D011 in Puerto Rico in September;
// D016, D019 (the Ford, ordered Oct. 24) and D020 in October; D025 and D027 after the as-of date; D034 never dated.
// Troop totals: T01 (4,500, Aug. 18), T03 (4,500, Aug. 26), T05 (6,500, Sept. 6), T10 (10,000, Oct. 24), T11 (16,000, Oct. 31).
const buildupMap = figureRenderer(Buildup, 'buildup');
const buttons = (html: string) => html.match(/<button[^>]*class="mark map-at[^"]*"[^>]*>/g) ?? [];
/** The words of each element that labels a step's focus or highlight (data-label-for). */
const labelFor = (html: string, what: string) =>
  [...html.matchAll(new RegExp(`<(span|li)[^>]*data-label-for="${what}"[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map((m) => m[2].replace(/<[^>]*>/g, '').trim());
const shown = (html: string) => buttons(html).filter((b) => !/\bhidden\b/.test(b)).length;

describe('the build-up map renders on the server', () => {
  test('August: the first ships, in an area marked approximate', () => {
    const html = buildupMap({ through: '2025-08-26', view: 'caribbean' });
    expect(html).toMatch(/aria-label="Map of the U\.S\. build-up as reported by Aug\. 26, 2025: 4 deployments/);
    expect(html).toContain('Caribbean, at sea');
    expect(html).toContain('Approximate area');
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

  test('the legend tells symbols apart by shape, and lists only kinds the map shows', () => {
    const html = buildupMap({ through: AS_OF });
    const legend = /<ul class="legend[^"]*"[\s\S]*?<\/ul>/.exec(html)![0];
    expect(new Set(legend.match(/class="glyph (large_ship|ship|submarine|aircraft|drone|base)/g))).toHaveProperty('size', 5);
    expect(legend).not.toContain('Base reopened'); // the first base reopened after the as-of date
  });

  test("Trinidad's label is its name, with the port call on a line of its own, over its mark", () => {
    const html = buildupMap({ through: AS_OF, view: 'caribbean' });
    expect(html).toMatch(/class="anchor-label map-at[^"]*\babove\b[^"]*"[^>]*>\s*(<!--[^>]*-->)?Trinidad and Tobago(<!--[^>]*-->)?<em[^>]*>port call<\/em>/);
  });

  test('a marked deployment is named under its ring, in its row\'s words', () => {
    const html = buildupMap({ through: AS_OF, highlight: 'aircraft', focus: 'D009' });
    expect(labelFor(html, 'focus')).toEqual(['F-35s ordered to Puerto Rico']);
    expect(html).toMatch(/<circle class="focus\b/);
    // Not yet reported by the step's date: no ring, no name.
    expect(labelFor(buildupMap({ through: '2025-08-26', focus: 'D009' }), 'focus')).toEqual([]);
  });

  test('the one deployment of a small area (the Ford on its way) is named in the area\'s place', () => {
    const html = buildupMap({ through: AS_OF, focus: 'D019' });
    expect(labelFor(html, 'focus')).toEqual(['Ford carrier group ordered']);
    expect(html).not.toContain('Ordered to the region');
    expect(buildupMap({ through: AS_OF })).toContain('Ordered to the region');
  });

  test('a highlighted group is named in the key, the other kinds muted there as on the map', () => {
    expect(labelFor(buildupMap({ through: AS_OF, highlight: 'aircraft' }), 'highlight')).toEqual(['Aircraft', 'Drones']);
    expect(labelFor(buildupMap({ through: AS_OF, highlight: 'ships' }), 'highlight')).toEqual(['Carrier or amphibious group', 'Warship', 'Submarine']);
    expect(labelFor(buildupMap({ through: AS_OF }), 'highlight')).toEqual([]);
  });

  test('a highlighted group: the others are dimmed', () => {
    // By Nov. 10, aircraft and drones: D009, D010, D011, D016; the other 6 are ships.
    const html = buildupMap({ through: AS_OF, highlight: 'aircraft' });
    expect(buttons(html).filter((b) => /\bdim\b/.test(b) && !/\bhidden\b/.test(b))).toHaveLength(6);
  });
});

describe('the troop chart, in the steps about troops', () => {
  const chart = (html: string) => /<div class="panel troops[^"]*"[\s\S]*$/.exec(html)![0];

  test('a map step shows the map; a troop step swaps in the chart, with its own text alternative', () => {
    const map = buildupMap({ through: '2025-10-24' });
    expect(map).toMatch(/class="panel map-panel svelte-[^"]*"/);
    expect(map).toMatch(/class="panel troops svelte-[^"]* off"/);
    const troops = buildupMap({ through: '2025-10-24', panel: 'troops' });
    expect(troops).toMatch(/class="panel map-panel svelte-[^"]* off"/);
    expect(chart(troops)).toMatch(/^<div class="panel troops svelte-[^"]*" role="img" aria-label="Chart of U\.S\. troop totals published from Aug\. 18, 2025 to Oct\. 24, 2025: 4 totals/);
  });

  test('the first and the latest total are labelled with their value, date and publisher; later ones are not shown yet', () => {
    const html = chart(buildupMap({ through: '2025-10-24', panel: 'troops' }));
    expect(html).toMatch(/class="value first[^"]*"[^>]*><strong>4,500<\/strong> · Aug\. 18<span class="src[^"]*">Task &amp; Purpose<\/span>/);
    expect(html).toMatch(/class="value latest[^"]*"[^>]*><strong>10,000<\/strong> · Oct\. 24<span class="src[^"]*">The New York Times<\/span>/);
    expect(html.match(/<circle class="dot[^"]*\bshown\b/g)).toHaveLength(4);
    const end = chart(buildupMap({ through: AS_OF, panel: 'troops' }));
    expect(end).toMatch(/class="value latest[^"]*"[^>]*><strong>16,000<\/strong> · Oct\. 31<span class="src[^"]*">The Washington Post<\/span>/);
    expect(end.match(/<circle class="dot[^"]*\bshown\b/g)).toHaveLength(5);
  });

  test('a troop axis from zero with thousands, and a month axis', () => {
    const html = chart(buildupMap({ through: AS_OF, panel: 'troops' }));
    expect([...html.matchAll(/class="ytick[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['0', '5,000', '10,000', '15,000', '20,000']);
    expect([...html.matchAll(/class="xtick[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['Aug.', 'Sept.', 'Oct.', 'Nov.']);
  });
});
