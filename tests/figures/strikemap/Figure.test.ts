import { describe, expect, test } from 'vitest';
import StrikeMap from '$figures/strikemap/Figure.svelte';
import { es } from '$lib/i18n/es';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer } from '../render';

// Fixture rows by Nov. 10: Caribbean S001–S007 (7 strikes, 32 killed), eastern Pacific S008 and S013 (2 strikes, 4 killed);
// survivors on S006 (2) and S013 (1). The first four, through Oct. 3, all in the Caribbean: 21 killed.
const strikeMap = figureRenderer(StrikeMap, 'strikemap');
const buttons = (html: string) => html.match(/<button[^>]*class="mark map-at[^>]*>/g) ?? [];

describe('the strike map renders on the server', () => {
  test('first strikes off Venezuela: four dots shown, the rest waiting hidden', () => {
    const html = strikeMap({ through: '2025-10-03', view: 'caribbean' });
    expect(buttons(html)).toHaveLength(9);
    expect(buttons(html).filter((b) => /\bhidden\b/.test(b))).toHaveLength(5);
    expect(html).toMatch(/aria-label="Map of strikes announced through Oct\. 3, 2025, by sea area: Caribbean, 4 strikes and 21 killed\. Exact positions were not disclosed/);
  });

  test('a dot stays in its place from step to step: a later step only shows more of them', () => {
    const place = (b: string) => /style="([^"]*)"/.exec(b)![1];
    const early = buttons(strikeMap({ through: '2025-09-02' }));
    const late = buttons(strikeMap({ through: AS_OF }));
    expect(early.map(place)).toEqual(late.map(place));
    expect(early.filter((b) => !/\bhidden\b/.test(b))).toHaveLength(1);
    expect(late.filter((b) => !/\bhidden\b/.test(b))).toHaveLength(9);
  });

  test('the basemap is referenced, never inlined', () => {
    const html = strikeMap({ through: AS_OF });
    expect(html).toMatch(/<use [^>]*href="\/basemap.svg#basemap-land"/);
    expect(html).not.toMatch(/<path d="M/);
  });

  test('the view moves the viewBox, not the projection', () => {
    const all = /class="frame wide[^"]*" viewBox="([^"]+)"/.exec(strikeMap({ through: AS_OF }))![1];
    const pacific = /class="frame wide[^"]*" viewBox="([^"]+)"/.exec(strikeMap({ through: AS_OF, view: 'pacific' }))![1];
    expect(all).toBe('0 0 800 500');
    expect(pacific).not.toBe(all);
    expect(Number(pacific.split(' ')[2])).toBeLessThan(800);
  });

  test('the whole story to the as-of date: counts and deaths per sea area', () => {
    const html = strikeMap({ through: AS_OF });
    expect(html).toContain('7 strikes · 32 killed');
    expect(html).toContain('2 strikes · 4 killed');
  });

  test('the boat Petro said was Colombian is marked and described', () => {
    const html = strikeMap({ through: '2025-10-14', focus: 'S004' });
    expect(html).toMatch(/class="focus[^"]*"/);
    expect(html).toContain('Marked: the strike of Oct. 3, 2025, 4 killed, reported as international waters just off the coast of Venezuela.');
  });

  test('strikes with survivors: the others are dimmed', () => {
    const html = strikeMap({ through: AS_OF, highlight: 'survivors' });
    expect(html.match(/class="mark map-at[^"]*\bdim\b/g)).toHaveLength(7);
    expect(html).toContain('Highlighted: 2 strikes that left 3 survivors.');
  });

  test('each dot is a named button a keyboard reaches', () => {
    const html = strikeMap({ through: AS_OF });
    expect(html).toMatch(/<button type="button" class="mark map-at[^"]*"[^>]*aria-label="Strike of Oct\. 16, 2025, Caribbean: 2 killed"/);
  });

  test('in the Spanish edition, in Spanish', () => {
    const html = strikeMap({ through: AS_OF }, es);
    expect(html).toContain('7 ataques · 32 muertos');
  });
});
