import { describe, expect, test } from 'vitest';
import StrikeMap from '$figures/strikemap/Figure.svelte';
import type { StepState } from '$figures/types';
import { es } from '$lib/i18n/es';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer } from '../render';

// Fixture rows by Nov. 10: Caribbean S001–S007 (7 strikes, 32 killed), eastern Pacific S008 and S013 (2 strikes, 4 killed);
// survivors on S006 (2) and S013 (1). Through Oct. 18, S001–S006, all in the Caribbean: 29 killed.
const states: StepState[] = [{ through: '2025-10-18', view: 'caribbean' }, { through: '2025-10-29', highlight: 'eastern_pacific' }, { through: AS_OF }];
const strikeMap = figureRenderer(StrikeMap, 'strikemap', states);
// The marks a reader sees: a strike not yet announced keeps its place, unseen ("later").
const units = (html: string) => (html.match(/<button[^>]*class="unit[^"]*"[^>]*>/g) ?? []).filter((b) => !/class="unit[^"]*\blater\b/.test(b));
const places = (html: string) => html.match(/<button[^>]*class="unit[^"]*"[^>]*>/g) ?? [];
const tally = (html: string, region: string) => {
  const start = html.indexOf(`class="tally ${region}`);
  return start < 0 ? '' : html.slice(start, html.indexOf('class="tally', start + 10) > 0 ? html.indexOf('class="tally', start + 10) : undefined);
};

describe('the strike map renders on the server', () => {
  test('no strike is placed on the map: no mark in map coordinates, only the shaded seas with the land painted back over them', () => {
    const html = strikeMap(2);
    expect(html).not.toMatch(/class="mark map-at/);
    // In each frame the areas come first, then the land over them, so an area never colours a coast.
    for (const frame of html.match(/<svg class="frame (wide|narrow)[\s\S]*?<\/svg>/g)!) {
      expect(frame).toMatch(/<path class="area caribbean[\s\S]*<path class="area eastern_pacific[\s\S]*<use class="cover[^"]*" href="\/basemap.svg#basemap-land"/);
    }
  });

  test('a step that brings a sea forward names it, with its count, in words: the label the figure-text test looks for', () => {
    const head = (html: string) => html.match(/<p class="head[^"]*" data-label-for="highlight"[^>]*>[\s\S]*?<\/p>/g) ?? [];
    expect(head(strikeMap(1))).toHaveLength(1);
    expect(head(strikeMap(1))[0]).toContain('Eastern Pacific');
    expect(head(strikeMap(1))[0]).toContain('2 strikes · 4 killed');
    expect(head(strikeMap(2))).toEqual([]);
  });

  test('the first step: the Caribbean strikes counted, one mark each, the Pacific empty, and the new strikes named by date', () => {
    const html = strikeMap(0);
    expect(units(html)).toHaveLength(6);
    // Every strike of the figure has its place from the first step: the tallies never grow.
    expect(places(html)).toHaveLength(9);
    expect(places(strikeMap(2))).toHaveLength(9);
    expect(tally(html, 'caribbean')).toContain('6 strikes · 29 killed');
    expect(tally(html, 'caribbean')).toContain('New: Sept. 2, 15 and 19; Oct. 3, 14 and 16');
    expect(tally(html, 'eastern_pacific')).toContain('No strikes yet');
    expect(html).toMatch(/aria-label="Map of strikes announced through Oct\. 18, 2025, by sea area: Caribbean, 6 strikes and 29 killed\. No position was disclosed/);
  });

  test('a later step adds marks and names only what it adds; the highlighted sea stays bright', () => {
    const html = strikeMap(1);
    expect(units(html)).toHaveLength(9);
    expect(tally(html, 'caribbean')).toContain('New: Oct. 17');
    expect(tally(html, 'eastern_pacific')).toContain('New: Oct. 21 and 27');
    expect(html).toMatch(/class="tally caribbean[^"]*\bdim\b/);
    expect(html).not.toMatch(/class="tally eastern_pacific[^"]*\bdim\b/);
    expect(html).toMatch(/class="area caribbean[^"]*\bdim\b/);
  });

  test('a step that adds nothing says nothing new', () => {
    expect(strikeMap(2)).not.toContain('New:');
  });

  test('strikes with survivors: ringed, and the others dimmed when they are the subject', () => {
    const html = strikeMap({ through: AS_OF, highlight: 'survivors' });
    expect(units(html).filter((b) => /\bsurvivors\b/.test(b))).toHaveLength(2);
    expect(units(html).filter((b) => /\bdim\b/.test(b))).toHaveLength(7);
    expect(html).toContain('Highlighted: 2 strikes that left 3 survivors.');
  });

  test('each mark is a named button a keyboard reaches, at least 24 px to tap', () => {
    const html = strikeMap(2);
    expect(html).toMatch(/<button type="button" class="unit[^"]*"[^>]*aria-label="Strike of Oct\. 16, 2025, Caribbean: 2 killed"/);
  });

  test('the view moves the viewBox, not the projection', () => {
    const viewBox = (html: string) => /class="frame wide[^"]*" viewBox="([^"]+)"/.exec(html)![1];
    expect(viewBox(strikeMap(2))).toBe('0 0 800 500');
    expect(Number(viewBox(strikeMap(0)).split(' ')[2])).toBeLessThan(800);
  });

  test('in the Spanish edition, in Spanish', () => {
    const html = strikeMap(1, es);
    expect(html).toContain('7 ataques · 32 muertos');
    expect(html).toContain('Nuevos: 21 y 27 de octubre');
    expect(html).toContain('Pacífico oriental');
  });
});
