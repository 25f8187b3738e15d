import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import StrikeMap from '../../src/figures/strikemap/Figure.svelte';
import Buildup from '../../src/figures/buildup/Figure.svelte';
import { strikeMapData } from '$lib/strikeMapData';
import { buildupData } from '$lib/buildupData';
import { loadTables } from '$lib/data/load';

const t = loadTables();
const strikes = strikeMapData(t.strikes, '2025-11-10');
const buildup = buildupData(t.deployments, t.troopLevels, '2025-11-10');
const strikeMap = (step: Record<string, string>) => render(StrikeMap, { props: { data: strikes, step: step as never } }).body;
const buildupMap = (step: Record<string, string>) => render(Buildup, { props: { data: buildup, step: step as never } }).body;

describe('the strike map renders on the server', () => {
  test('first strikes off Venezuela: four dots shown, the rest waiting hidden', () => {
    const html = strikeMap({ through: '2025-10-03', view: 'caribbean' });
    expect(html.match(/<button[^>]*class="mark map-at/g)).toHaveLength(19);
    expect(html.match(/<button[^>]*\bhidden\b/g)).toHaveLength(15);
    expect(html).toMatch(/aria-label="Map of strikes announced through Oct. 3, 2025, by sea area: Caribbean, 4 strikes and 21 killed\. Exact positions were not disclosed/);
  });

  test('the basemap is referenced, never inlined', () => {
    const html = strikeMap({ through: '2025-11-10' });
    expect(html).toMatch(/<use [^>]*href="\/basemap.svg#basemap-land"/);
    expect(html).not.toMatch(/<path d="M/);
  });

  test('the view moves the viewBox, not the projection', () => {
    const all = /class="frame wide[^"]*" viewBox="([^"]+)"/.exec(strikeMap({ through: '2025-11-10' }))![1];
    const pacific = /class="frame wide[^"]*" viewBox="([^"]+)"/.exec(strikeMap({ through: '2025-11-10', view: 'pacific' }))![1];
    expect(all).toBe('0 0 800 500');
    expect(pacific).not.toBe(all);
    expect(Number(pacific.split(' ')[2])).toBeLessThan(800);
  });

  test('the whole campaign to the as-of date: counts and deaths per sea area', () => {
    const html = strikeMap({ through: '2025-11-10' });
    expect(html).toContain('10 strikes · 44 killed');
    expect(html).toContain('9 strikes · 31 killed');
  });

  test('the boat Petro said was Colombian is marked and described', () => {
    const html = strikeMap({ through: '2025-10-14', focus: 'S004' });
    expect(html).toMatch(/class="focus[^"]*"/);
    expect(html).toContain('Marked: the strike of Oct. 3, 2025, 4 killed, reported as international waters just off the coast of Venezuela.');
  });

  test('strikes with survivors: the others are dimmed', () => {
    const html = strikeMap({ through: '2025-11-10', highlight: 'survivors' });
    expect(html.match(/class="mark map-at[^"]*\bdim\b/g)).toHaveLength(17);
    expect(html).toContain('Highlighted: 2 strikes that left 3 survivors.');
  });
});

describe('the build-up map renders on the server', () => {
  test('August: the first ships, in an area marked approximate', () => {
    const html = buildupMap({ through: '2025-08-26', view: 'caribbean' });
    expect(html).toMatch(/aria-label="Map of the U\.S\. build-up as reported by Aug\. 26, 2025: 8 deployments/);
    expect(html).toContain('Caribbean, at sea');
    expect(html).toContain('(approximate)');
    expect(html).toContain('4,500 (Aug. 26)');
  });

  test('assets appear in the order they were reported', () => {
    const shown = (through: string) => (buildupMap({ through }).match(/<button[^>]*class="mark map-at[^"]*"[^>]*>/g) ?? []).filter((b) => !/\bhidden\b/.test(b)).length;
    expect(shown('2025-08-20')).toBeLessThan(shown('2025-09-15'));
    expect(shown('2025-09-15')).toBeLessThan(shown('2025-11-10'));
  });

  test('each mark is a named button a keyboard reaches', () => {
    const html = buildupMap({ through: '2025-09-15' });
    expect(html).toMatch(/<button type="button" class="mark map-at[^"]*"[^>]*aria-label="F-35 fighter jets \(10\), first land-based strike aircraft in the build-up, first reported Sept\. 6, 2025"/);
  });

  test('the legend tells symbols apart by shape, with six kinds', () => {
    const html = buildupMap({ through: '2025-11-10' });
    expect(html.match(/class="glyph (large_ship|ship|submarine|aircraft|drone|base)/g)!.length).toBeGreaterThanOrEqual(6);
  });
});
