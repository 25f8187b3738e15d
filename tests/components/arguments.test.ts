import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import Legal from '../../src/figures/legal/Figure.svelte';
import Timeline from '../../src/figures/timeline/Figure.svelte';
import Union from '../../src/figures/union/Figure.svelte';
import { LEGAL_CLAIMS } from '../../src/figures/legal/claims';
import { UNION_EVENTS } from '../../src/figures/union/describe';
import { legalData } from '$lib/legal';
import { timelineData } from '$lib/timeline';
import { unionData } from '$lib/union';
import { loadTables } from '$lib/data/load';

const t = loadTables();
const legal = legalData(t, '2025-11-10', LEGAL_CLAIMS);
const timeline = timelineData(t, '2025-08-01', '2025-11-10');
const union = unionData(t, '2025-11-10', Object.values(UNION_EVENTS).flat());
const html = (C: typeof Legal | typeof Timeline | typeof Union, data: unknown, step: Record<string, string>) =>
  render(C as never, { props: { data, step } as never }).body;

describe('legal figure', () => {
  test('each panel is named for what it shows, and only that panel is on', () => {
    const zones = html(Legal, legal, { panel: 'zones', through: '2025-11-10' });
    expect(zones).toMatch(/role="img" aria-label="Diagram of the sea zones[^"]*territorial sea to 12 nautical miles, contiguous zone to 24, exclusive economic zone to 200/);
    expect(zones.match(/class="panel[^"]*\bon\b/g)).toHaveLength(1);
    expect(zones).toContain('Schematic');
    const target = html(Legal, legal, { panel: 'target', through: '2025-11-10' });
    expect(target).toContain('Of 19 strikes announced through Nov. 10, 2025, the government named a group in 3; in 4, a government or relatives disputed who was aboard.');
  });

  test('the congress panel shows only votes held by the step', () => {
    const oct = html(Legal, legal, { panel: 'congress', through: '2025-10-08' });
    expect(oct.match(/class="vote/g)).toHaveLength(1);
    expect(oct).toContain('48 yes, 51 no; failed.');
    const nov = html(Legal, legal, { panel: 'congress', through: '2025-11-06' });
    expect(nov.match(/class="vote/g)).toHaveLength(2);
  });

  test('a focused voice is brought forward, the others dimmed', () => {
    const out = html(Legal, legal, { panel: 'frames', through: '2025-11-10', focus: 'E014' });
    expect(out.match(/<li class="[^"]*\bfocus\b/g)).toHaveLength(1);
    expect(out).toMatch(/Highlighted: United Nations: &quot;International law does not allow governments to simply murder alleged drug traffickers/);
  });
});

describe('timeline figure', () => {
  test('the focused event with its words, and moves counted per side', () => {
    const out = html(Timeline, timeline, { through: '2025-10-09', focus: 'E025' });
    expect(out).toContain('Petro: boat was Colombian');
    expect(out).toMatch(/aria-label="Timeline of the escalation from Aug\. 1, 2025 to Oct\. 9, 2025: United States \d+ moves, Colombia \d+ moves/);
    expect(out.match(/<circle class="event[^"]*\bshown\b/g)!.length).toBe(timeline.events.filter((e) => e.date <= '2025-10-09').length);
  });
});

describe('union figure', () => {
  test('the border step draws the real shared border and states its length with its source', () => {
    const out = html(Union, union, { reason: 'border', through: '2025-09-26' });
    expect(out).toMatch(/<use href="\/basemap\.svg#border-co-ve" class="border[^"]*\bstrong\b/);
    expect(out).toContain('Shared land border: 2,219 km');
    expect(out).toContain('2,219 km (Cancillería de Colombia)');
  });

  test('Gran Colombia lights four countries; the triangle draws three sides', () => {
    const message = html(Union, union, { reason: 'message', through: '2025-11-10' });
    // Drawn once in the laptop frame and once in the phone frame.
    expect(message.match(/<use href="\/basemap\.svg#land-\d+" class="country [a-z]+[^"]*\blit\b/g)).toHaveLength(8);
    const triangle = html(Union, union, { reason: 'triangle', through: '2025-11-10' });
    expect(triangle).toMatch(/class="triangle[^"]*\bon\b/);
    expect(triangle).toContain('Counternarcotics partners');
  });
});
