import { describe, expect, test } from 'vitest';
import Casualties from '$figures/casualties/Figure.svelte';
import { latestAnnounced } from '$lib/casualties';
import { es } from '$lib/i18n/es';
import { AS_OF, fixtureTables } from '../../fixtures/tables';
import { figureRenderer } from '../render';

// Fixture rows: through Oct. 14, S001–S005 (27 killed); by Nov. 10, 9 strikes and 36 killed, survivors on S006 and S013.
// After Nov. 10: S020 (Caribbean, 4), S032 (sea not disclosed, 5), S051 (eastern Pacific, 3, last row May 6, 2026).
const html = figureRenderer(Casualties, 'casualties', [
  { through: '2025-10-14' },
  { through: '2025-10-08', marker: 'E024' },
  { through: AS_OF, highlight: 'survivors' },
]);
const LATEST = latestAnnounced(fixtureTables().strikes);
// The update's steps, in the same chart: past the as-of date, to the last row.
const update = figureRenderer(Casualties, 'casualties', [{ through: '2025-12-31' }, { through: LATEST }]);

const circles = (out: string, cls = '') => out.match(new RegExp(`<span class="strike [^"]*${cls}`, 'g')) ?? [];
const text = (out: string) => out.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('Casualties renders on the server', () => {
  test('as one named image whose name states the numbers', () => {
    const out = html(0);
    expect(out).toMatch(/role="img" aria-label="Chart: 27 people killed in 5 announced U\.S\. strikes on boats between Sept\. 2, 2025 and Oct\. 14, 2025\."/);
    expect(out).toContain('<svg viewBox="0 0 640 400" preserveAspectRatio="none" aria-hidden="true"');
  });

  test('with every strike of the story as a circle, only those announced by the step shown', () => {
    const out = html(0);
    expect(circles(out)).toHaveLength(9);
    expect(circles(out, '\\bshown\\b')).toHaveLength(5);
    expect(text(out)).toContain('27 killed in 5 strikes');
    // The date the total runs to, said as what it is: the day the strikes were announced by.
    expect(text(out)).toContain('Announced through Oct. 14, 2025');
  });

  test('the step index picks the geometry laid out for that step', () => {
    const out = html(2);
    expect(circles(out, '\\bshown\\b')).toHaveLength(9);
    expect(text(out)).toContain('36 killed in 9 strikes');
  });

  test('a strike with survivors gets a ring; with survivors highlighted the others are dimmed', () => {
    const out = html(2);
    expect(circles(out, '\\bsurvivors\\b')).toHaveLength(2);
    expect(circles(out, '\\bdim\\b')).toHaveLength(7);
  });

  test('with the marker label at its date, taken from the events table', () => {
    const out = html(1);
    expect(out).toContain('Senate war powers vote fails');
    expect(out).toMatch(/<line class="marker\b/);
    expect(html(0)).not.toMatch(/<line class="marker\b/);
  });

  test('the story keeps its own axis and legend: no update tone, no mark the legend does not explain', () => {
    const out = html(2);
    expect(out).not.toContain('of them after');
    expect(out).not.toContain('Sea not disclosed');
    expect(out).not.toMatch(/class="toll later/);
    expect(text(out)).toMatch(/Sept\. 2025 Oct\. Nov\./);
  });

  test("the update's steps draw the same chart on to the last row, past the as-of date the news in full colour", () => {
    expect(LATEST).toBe('2026-05-06');
    const out = update(1);
    expect(text(out)).toContain('48 killed in 12 strikes');
    expect(text(out)).toContain('Announced through May 6, 2026');
    expect(text(out)).toContain('12 of them in 3 strikes after Nov. 10, 2025');
    expect(circles(out, '\\blater\\b')).toHaveLength(3);
    expect(circles(out, '\\bshown\\b')).toHaveLength(12);
    expect(out).toMatch(/class="toll later[^"]*" d="M/);
    // Every mark is explained: the update's colour by its key under the total, the grey strike in the legend.
    expect(out).toMatch(/<span class="swatch later[^"]*"><\/span>12 of them in 3 strikes after Nov\. 10, 2025/);
    expect(text(out)).toContain('Sea not disclosed');
    expect(out).toMatch(/aria-label="[^"]*In full color after a line at Nov\. 10, 2025, when this story was published, the 12 killed in the 3 strikes announced since/);
  });

  test('the month axis names each year once, and thins its months when there are many', () => {
    const out = update(1);
    const years = [...out.matchAll(/<span class="year[^"]*">(\d{4})</g)].map((m) => m[1]);
    expect(years).toEqual(['2025', '2026']);
    // Sept. 2025 to May 2026: nine months, every other one left out on a narrow screen, never a year.
    const minor = [...out.matchAll(/<span class="xlabel[^"]*\bminor\b[^>]*>\s*<span[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(minor).toEqual(['Oct.', 'Dec.', 'Feb.', 'April']);
  });

  test('the first update step shows only what was announced by then', () => {
    const out = update(0);
    expect(text(out)).toContain('45 killed in 11 strikes');
    expect(text(out)).toContain('9 of them in 2 strikes after Nov. 10, 2025');
    expect(circles(out, '\\bshown\\b')).toHaveLength(11);
  });

  test('in the Spanish edition, in Spanish words and numbers', () => {
    const out = html(0, es);
    expect(out).toMatch(/aria-label="Gráfico: 27 personas muertas en 5 ataques anunciados/);
    expect(text(out)).toContain('27 muertos en 5 ataques');
    expect(text(out)).toContain('Anunciados hasta el 14 de octubre de 2025');
  });
});
