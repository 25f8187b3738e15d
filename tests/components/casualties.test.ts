import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import Casualties from '../../src/figures/casualties/Figure.svelte';
import { describeCasualties } from '../../src/figures/casualties/describe';
import { casualtyData, latestAnnounced } from '$lib/casualties';
import { layoutCasualties } from '$lib/casualtyLayout';
import { packLayouts } from '$lib/casualtyFrames';
import { loadTable } from '$lib/data/load';
import { en } from '$lib/i18n/en';

const strikes = loadTable('strikes');
const data = casualtyData(strikes, '2025-11-10', [{ id: 'E024', date: '2025-10-08', label: 'Senate war powers vote fails' }]);
const html = (step: Parameters<typeof describeCasualties>[1]) => render(Casualties, { props: { data, step, layouts: packLayouts([layoutCasualties(data, step)]) } }).body;

describe('Casualties renders on the server', () => {
  test('as one named image whose name states the numbers', () => {
    const out = html({ through: '2025-10-14' });
    expect(out).toMatch(/role="img" aria-label="Chart: 27 people killed in 5 announced U.S. strikes on boats between Sept. 2, 2025 and Oct. 14, 2025\./);
    expect(out).toContain('<svg viewBox="0 0 640 400" aria-hidden="true"');
  });

  test('with every strike as a circle, only those announced by the step shown', () => {
    const out = html({ through: '2025-10-14' });
    expect(out.match(/<circle class="strike/g)).toHaveLength(19);
    expect(out.match(/<circle class="strike[^"]*\bshown\b/g)).toHaveLength(5);
    expect(out).toContain('27 killed');
    expect(out).toContain('in 5 strikes');
  });

  test('with the marker label at its date', () => {
    const out = html({ through: '2025-10-08', marker: 'E024' });
    expect(out).toContain('Senate war powers vote fails');
    expect(out).toMatch(/<line class="marker\b/);
  });

  test('the update figure runs to the last row of the data', () => {
    const all = casualtyData(strikes, latestAnnounced(strikes));
    const step = { through: latestAnnounced(strikes) };
    const out = render(Casualties, { props: { data: all, step, layouts: packLayouts([layoutCasualties(all, step)]) } }).body;
    expect(out).toContain('185 killed');
    expect(out).toContain('in 57 strikes');
    expect(out).toContain('Jan. 2026');
  });
});

describe('describeCasualties (the text alternative)', () => {
  test('names the regions and the highlight with their numbers', () => {
    const text = describeCasualties(data, { through: '2025-11-10', highlight: 'eastern_pacific' }, en);
    expect(text).toContain('75 people killed in 19 announced U.S. strikes');
    expect(text).toContain('By sea area: Caribbean, 44 killed in 10 strikes; eastern Pacific, 31 killed in 9 strikes.');
    expect(text).toContain('Highlighted: the 9 strikes in the eastern Pacific, 31 killed.');
  });

  test('survivors and a focused strike', () => {
    const text = describeCasualties(data, { through: '2025-10-18', highlight: 'survivors', focus: 'S006' }, en);
    expect(text).toContain('Highlighted: strikes that left survivors (1 strike; 2 survivors in all).');
    expect(text).toContain('Marked: the strike of Oct. 16, 2025 in the Caribbean, 2 killed.');
  });
});
