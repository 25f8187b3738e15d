import { describe, expect, test } from 'vitest';
import { casualtyData } from '$lib/casualties';
import { FIGURE, layoutCasualties, MAX_RADIUS, monthStarts } from '$lib/casualtyLayout';
import { loadTable } from '$lib/data/load';

const strikes = loadTable('strikes');
const data = casualtyData(strikes, '2025-11-10', [{ id: 'E024', date: '2025-10-08', label: 'Senate vote' }]);

describe('layoutCasualties', () => {
  test('the first state shows only the first strike, and the toll line stops at its date', () => {
    const l = layoutCasualties(data, { through: '2025-09-02' });
    expect(l.circles.filter((c) => c.shown).map((c) => c.id)).toEqual(['S001']);
    expect(l.end).toMatchObject({ total: 11, strikes: 1 });
  });

  test('every announced strike has a circle; later ones wait hidden to grow in place', () => {
    const l = layoutCasualties(data, { through: '2025-10-14' });
    expect(l.circles).toHaveLength(19);
    expect(l.circles.filter((c) => c.shown)).toHaveLength(5);
    expect(l.end.total).toBe(27);
  });

  test('circle area is proportional to deaths, and the largest strike has the largest circle', () => {
    const l = layoutCasualties(data, { through: '2025-11-10' });
    const byId = Object.fromEntries(l.circles.map((c) => [c.id, c]));
    expect(byId.S001.r).toBe(MAX_RADIUS);
    // S005 killed 6, S004 killed 4: radii in the ratio sqrt(6/4).
    expect(byId.S005.r / byId.S004.r).toBeCloseTo(Math.sqrt(6 / 4), 1);
  });

  test('the toll line climbs to the story total and stays inside the plot', () => {
    const l = layoutCasualties(data, { through: '2025-11-10' });
    expect(l.end.total).toBe(75);
    const numbers = l.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(FIGURE.margin.left);
    expect(Math.max(...xs)).toBeLessThanOrEqual(FIGURE.width - FIGURE.margin.right);
    expect(l.end.y).toBeGreaterThanOrEqual(FIGURE.margin.top);
  });

  test('a highlight dims the strikes it is not about', () => {
    const l = layoutCasualties(data, { through: '2025-11-10', highlight: 'survivors' });
    expect(l.circles.filter((c) => !c.dim).map((c) => c.id)).toEqual(['S006', 'S013']);
  });

  test('a marker is placed at its date; a focus on a strike not yet announced is not drawn', () => {
    const l = layoutCasualties(data, { through: '2025-10-08', marker: 'E024', focus: 'S010' });
    expect(l.marker?.label).toBe('Senate vote');
    expect(l.marker!.x).toBeGreaterThan(l.xTicks[1].pos); // after Oct. 1
    expect(l.focus).toBeNull();
  });

  test('month ticks start at the first whole month', () => {
    expect(monthStarts('2025-09-01', '2025-11-10')).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
    expect(monthStarts('2025-09-15', '2026-01-02')).toEqual(['2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01']);
  });
});

describe('packed layouts (what the island receives)', () => {
  test('unpacking gives back every step exactly', async () => {
    const { packLayouts, unpackLayout } = await import('$lib/casualtyFrames');
    const states = [{ through: '2025-09-02', focus: 'S001' }, { through: '2025-10-18', highlight: 'survivors' as const }, { through: '2025-11-10', marker: 'E024' }];
    const layouts = states.map((s) => layoutCasualties(data, s));
    const packed = packLayouts(layouts);
    layouts.forEach((l, i) => expect(unpackLayout(packed, i)).toEqual(l));
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(layouts).length / 2);
  });
});
