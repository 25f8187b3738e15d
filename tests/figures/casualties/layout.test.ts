import { describe, expect, test } from 'vitest';
import { casualtyData } from '$figures/casualties/data';
import { FIGURE, layoutCasualties, MAX_RADIUS } from '$figures/casualties/layout';
import { AS_OF, fixtureTable } from '../../fixtures/tables';

// Fixture rows: S001–S008 and S013 announced by Nov. 10 (36 killed), S020 announced Nov. 14.
const strikes = fixtureTable('strikes');
const data = casualtyData(strikes, AS_OF, [{ id: 'E024', date: '2025-10-08', label: 'Senate vote' }]);

describe('layoutCasualties', () => {
  test('the first state shows only the first strike, and the toll line stops at its date', () => {
    const l = layoutCasualties(data, { through: '2025-09-02' });
    expect(l.circles.filter((c) => c.shown).map((c) => c.id)).toEqual(['S001']);
    expect(l.end).toMatchObject({ total: 11, strikes: 1 });
  });

  test('every announced strike has a circle; later ones wait hidden to grow in place', () => {
    const l = layoutCasualties(data, { through: '2025-10-14' });
    expect(l.circles.map((c) => c.id)).toEqual(['S001', 'S002', 'S003', 'S004', 'S005', 'S006', 'S007', 'S008', 'S013']);
    expect(l.circles.filter((c) => c.shown)).toHaveLength(5);
    expect(l.end.total).toBe(27);
  });

  test('a strike announced after the as-of date is not on the chart, even if it happened before', () => {
    // S020 was carried out on Nov. 10 and announced on Nov. 14.
    const l = layoutCasualties(data, { through: AS_OF });
    expect(l.circles.some((c) => c.id === 'S020')).toBe(false);
  });

  test('circle area is proportional to deaths, and the largest strike has the largest circle', () => {
    const l = layoutCasualties(data, { through: AS_OF });
    const byId = Object.fromEntries(l.circles.map((c) => [c.id, c]));
    expect(byId.S001.r).toBe(MAX_RADIUS);
    // S005 killed 6, S004 killed 4: radii in the ratio sqrt(6/4).
    expect(byId.S005.r / byId.S004.r).toBeCloseTo(Math.sqrt(6 / 4), 1);
  });

  test('the toll line climbs to the story total and stays inside the plot', () => {
    const l = layoutCasualties(data, { through: AS_OF });
    expect(l.end).toMatchObject({ total: 36, strikes: 9 });
    const numbers = l.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(FIGURE.margin.left);
    expect(Math.max(...xs)).toBeLessThanOrEqual(FIGURE.width - FIGURE.margin.right);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(FIGURE.margin.top);
    expect(Math.max(...ys)).toBeLessThanOrEqual(FIGURE.height - FIGURE.margin.bottom);
  });

  test('a strike sits on the riser it causes: later strikes higher up the toll', () => {
    const l = layoutCasualties(data, { through: AS_OF });
    const ys = l.circles.map((c) => c.cy);
    ys.slice(1).forEach((y, i) => expect(y).toBeLessThan(ys[i]));
  });

  test('a highlight dims the strikes it is not about', () => {
    const l = layoutCasualties(data, { through: AS_OF, highlight: 'survivors' });
    expect(l.circles.filter((c) => !c.dim).map((c) => c.id)).toEqual(['S006', 'S013']);
    expect(l.circles.filter((c) => c.survivors).map((c) => c.id)).toEqual(['S006', 'S013']);
    const pacific = layoutCasualties(data, { through: AS_OF, highlight: 'eastern_pacific' });
    expect(pacific.circles.filter((c) => !c.dim).map((c) => c.id)).toEqual(['S008', 'S013']);
  });

  test('a focus on a shown strike rings it and dims the others', () => {
    const l = layoutCasualties(data, { through: '2025-10-14', focus: 'S004' });
    const s004 = l.circles.find((c) => c.id === 'S004')!;
    expect(l.focus).toMatchObject({ id: 'S004', ring: { x: s004.cx, top: s004.cy, bottom: s004.cy, r: s004.r }, day: '2025-10-03', strikes: 1, killed: 4 });
    expect(l.circles.filter((c) => !c.dim).map((c) => c.id)).toEqual(['S004']);
  });

  test('a marker is placed at its date; a focus on a strike not yet announced is not drawn', () => {
    // S007 happened Oct. 17 and was announced Oct. 19, after this step.
    const l = layoutCasualties(data, { through: '2025-10-08', marker: 'E024', focus: 'S007' });
    expect(l.marker?.label).toBe('Senate vote');
    expect(l.marker!.x).toBeGreaterThan(l.xTicks[1].pos); // after Oct. 1
    expect(l.marker!.x).toBeLessThan(l.xTicks[2].pos); // before Nov. 1
    expect(l.focus).toBeNull();
  });

  test('a step past the end of the data stops the line at the end of the axis', () => {
    const l = layoutCasualties(data, { through: '2025-12-31' });
    expect(l.end.x).toBe(layoutCasualties(data, { through: AS_OF }).end.x);
  });

  describe('the update, in the same chart', () => {
    // The rows to the last one (May 6, 2026), the story's as-of date where the tone changes.
    const all = casualtyData(strikes, '2026-05-06', [], AS_OF);

    test("a story step keeps the story's axis; an update step runs it on to the last row", () => {
      const story = layoutCasualties(all, { through: AS_OF });
      const update = layoutCasualties(all, { through: '2026-05-06' });
      expect(story.xTicks.map((t) => t.value)).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
      expect(update.xTicks.at(-1)!.value).toBe('2026-05-01');
      expect(story.end).toMatchObject({ total: 36, strikes: 9, laterTotal: 0, laterStrikes: 0 });
      expect(update.end).toMatchObject({ total: 48, strikes: 12, laterTotal: 12, laterStrikes: 3 });
      // Past the story's end, the y axis makes room for the whole toll.
      expect(Math.max(...update.yTicks.map((t) => Number(t.value)))).toBeGreaterThanOrEqual(48);
    });

    test('strikes announced after the as-of date are lighter, and the line past it is drawn apart', () => {
      const l = layoutCasualties(all, { through: '2026-05-06' });
      expect(l.circles.filter((c) => c.later).map((c) => c.id)).toEqual(['S020', 'S032', 'S051']);
      expect(l.later).toMatch(/^M/);
      expect(layoutCasualties(all, { through: AS_OF }).later).toBe('');
      // The story's line ends where it ended in the story; the update's line starts there.
      const storyLine = l.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const laterLine = l.later.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(laterLine.slice(0, 2)).toEqual(storyLine.slice(-2));
    });

    test('an update strike carried out on the as-of date sits on top of the story toll, not inside it', () => {
      // S020 happened on Nov. 10 and was announced Nov. 14: the story's 36 stay below it.
      const l = layoutCasualties(all, { through: '2025-11-14' });
      const s020 = l.circles.find((c) => c.id === 'S020')!;
      const s013 = l.circles.find((c) => c.id === 'S013')!;
      expect(s020.cy).toBeLessThan(s013.cy);
      expect(l.end).toMatchObject({ total: 40, laterTotal: 4 });
    });

    test('with many months, every other one is minor (hidden where narrow), never one that carries a year', () => {
      const l = layoutCasualties(all, { through: '2026-05-06' });
      expect(l.xTicks.filter((t) => t.year).map((t) => t.value)).toEqual(['2025-09-01', '2026-01-01']);
      expect(l.xTicks.filter((t) => t.minor).some((t) => t.year)).toBe(false);
      const shown = l.xTicks.filter((t) => !t.minor);
      // Kept ticks are at least two months apart.
      shown.slice(1).forEach((t, i) => expect(t.pos - shown[i].pos).toBeGreaterThan(100));
    });
  });
});

describe('layoutCasualties: the counts in dispute', () => {
  // S013 left a survivor never found (presumed_dead 1 in the fixture); two tallies, one above our count.
  const withDispute = {
    ...data,
    dispute: {
      missing: { S013: 1 },
      tallies: [
        { date: '2025-10-14', killed: 27, outlet: 'Newsday' },
        { date: '2025-11-06', killed: 67, outlet: 'Just Security' },
        { date: '2025-11-20', killed: 90, outlet: 'AFP' },
      ],
    },
  };
  const plain = layoutCasualties(withDispute, { through: AS_OF });
  const counted = layoutCasualties(withDispute, { through: AS_OF, counts: 'dispute' });

  test('a step that does not ask for them draws neither the dashed toll nor the dots', () => {
    expect(plain.dispute).toBeNull();
    expect(plain.counts).toBeNull();
  });

  test('the dashed toll is our count plus the survivors never found; one dot per tally published by the step’s date', () => {
    expect(counted.counts!.total).toBe(counted.end.total + 1);
    expect(counted.counts!.missing).toBe(1);
    expect(counted.counts!.tallies).toBe(2);
    expect(counted.counts!.latest).toMatchObject({ killed: 67, outlet: 'Just Security' });
    expect(counted.dispute!.dots.match(/h0/g)).toHaveLength(2);
    // The dashed toll ends higher on the chart (smaller y) than ours, by the one survivor never found.
    const lastY = (d: string) => Number(d.match(/-?[\d.]+/g)!.at(-1));
    expect(lastY(counted.dispute!.path)).toBeLessThan(counted.end.y);
  });

  test('the axis holds the highest count shown, a published tally above ours included', () => {
    const tally = layoutCasualties({ ...withDispute, dispute: { missing: {}, tallies: [{ date: '2025-11-06', killed: 400, outlet: 'X' }] } }, { through: AS_OF, counts: 'dispute' });
    expect(Math.max(...tally.yTicks.map((t) => Number(t.value)))).toBeGreaterThanOrEqual(400);
  });
});
