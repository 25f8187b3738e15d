import { describe, expect, test } from 'vitest';
import Union from '$figures/union/Figure.svelte';
import { STATES } from './states';
import { announcedBy } from '$lib/casualties';
import { es } from '$lib/i18n/es';
import { fixtureTables } from '../../fixtures/tables';
import { figureRenderer, imageName } from '../render';

const union = figureRenderer(Union, 'union', STATES);
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('union figure', () => {
  test('Gran Colombia fills its four countries, in both frames', () => {
    const out = union(0);
    expect(count(out, /<use href="\/basemap\.svg#land-\d+" class="country [a-z]+[^"]*\blit\b/g)).toBe(8);
    expect(imageName(out)).toContain('Colombia, Venezuela, Ecuador and Panama');
  });

  test('the border step draws the shared border heavy, its four crossings and its length where the eye lands', () => {
    const out = union(1);
    expect(out).toMatch(/<use href="\/basemap\.svg#border-co-ve" class="border[^"]*\bstrong\b/);
    expect(count(out, /<circle class="crossing/g)).toBe(8);
    expect(count(out, /<circle class="crossing river/g)).toBe(2);
    expect(count(out, /<ellipse class="zone\b/g)).toBe(4);
    for (const word of ['2,219 km of shared land border', 'Cúcuta', 'Paraguachón', 'Arauca', 'Puerto Carreño (river)']) expect(out).toContain(word);
    expect(out).not.toMatch(/\b1 official river crossing points\b/);
  });

  test('the strikes step shows one dot per Caribbean strike announced by its date, and names no place', () => {
    const out = union(2);
    const n = announcedBy(fixtureTables().strikes, '2025-10-18').filter((s) => s.region === 'caribbean').length;
    expect(count(out, /<circle class="strike\b(?!-)/g)).toBe(2 * n);
    expect(out).toContain('Exact places not disclosed');
  });

  test('the troops step draws one circle per army, in its country colour class', () => {
    const out = union(3);
    expect(count(out, /<circle class="troops co\b/g)).toBe(2);
    expect(count(out, /<circle class="troops ve\b/g)).toBe(2);
    expect(out).toContain('15,000 Venezuelan troops sent to Zulia and Táchira');
  });

  test('the triangle links two capitals on the map to the United States, off its top edge to the north', () => {
    const out = union(4);
    expect(count(out, /<line class="side/g)).toBe(6);
    for (const word of ['Bogotá', 'Caracas', 'Union talk']) expect(out).toContain(word);
    // The United States is not on this map: no point is drawn for it (it once sat on the Guajira
    // peninsula at 1280 px); its label points north, off the map.
    expect(count(out, /<circle class="capital us/g)).toBe(0);
    expect(out).toContain('United States ↑');
  });

  test('the Spanish edition draws the same marks with its own words', () => {
    const out = union(1, es);
    expect(out).toContain('2.219 km de frontera terrestre común');
    expect(count(out, /<circle class="crossing/g)).toBe(8);
  });
});
