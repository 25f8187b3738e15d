import { describe, expect, test } from 'vitest';
import Casualties from '$figures/casualties/Figure.svelte';
import { latestAnnounced } from '$lib/casualties';
import { es } from '$lib/i18n/es';
import { AS_OF, fixtureTables } from '../../fixtures/tables';
import { figureRenderer } from '../render';

// Fixture rows: through Oct. 14, S001–S005 (27 killed); by Nov. 10, 9 strikes and 36 killed, survivors on S006 and S013.
const html = figureRenderer(Casualties, 'casualties', [
  { through: '2025-10-14' },
  { through: '2025-10-08', marker: 'E024' },
  { through: AS_OF, highlight: 'survivors' },
]);

describe('Casualties renders on the server', () => {
  test('as one named image whose name states the numbers', () => {
    const out = html(0);
    expect(out).toMatch(/role="img" aria-label="Chart: 27 people killed in 5 announced U\.S\. strikes on boats between Sept\. 2, 2025 and Oct\. 14, 2025\."/);
    expect(out).toContain('<svg viewBox="0 0 640 400" aria-hidden="true"');
  });

  test('with every strike of the story as a circle, only those announced by the step shown', () => {
    const out = html(0);
    expect(out.match(/<circle class="strike/g)).toHaveLength(9);
    expect(out.match(/<circle class="strike[^"]*\bshown\b/g)).toHaveLength(5);
    expect(out).toContain('27 killed');
    expect(out).toContain('in 5 strikes');
  });

  test('the step index picks the geometry laid out for that step', () => {
    const out = html(2);
    expect(out.match(/<circle class="strike[^"]*\bshown\b/g)).toHaveLength(9);
    expect(out).toContain('36 killed');
    expect(out).toContain('in 9 strikes');
  });

  test('a strike with survivors gets a ring; with survivors highlighted the others are dimmed', () => {
    const out = html(2);
    expect(out.match(/<circle class="strike[^"]*\bsurvivors\b/g)).toHaveLength(2);
    expect(out.match(/<circle class="strike[^"]*\bdim\b/g)).toHaveLength(7);
  });

  test('with the marker label at its date, taken from the events table', () => {
    const out = html(1);
    expect(out).toContain('Senate war powers vote fails');
    expect(out).toMatch(/<line class="marker\b/);
    expect(html(0)).not.toMatch(/<line class="marker\b/);
  });

  test('the update figure runs to the last row of the data', () => {
    const tables = fixtureTables();
    const end = latestAnnounced(tables.strikes);
    expect(end).toBe('2026-05-06');
    const out = figureRenderer(Casualties, 'casualties', [{ through: end }], { end })(0);
    expect(out).toContain('48 killed');
    expect(out).toContain('in 12 strikes');
    expect(out).toContain('Jan. 2026');
  });

  test('in the Spanish edition, in Spanish words and numbers', () => {
    const out = html(0, es);
    expect(out).toMatch(/aria-label="Gráfico: 27 personas muertas en 5 ataques anunciados/);
    expect(out).toContain('27 muertos');
    expect(out).toContain('en 5 ataques');
  });
});
