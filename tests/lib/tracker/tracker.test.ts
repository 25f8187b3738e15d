import { describe, expect, test } from 'vitest';
import { contested } from '$lib/claims';
import { sourceIndex } from '$lib/data/sources';
import { applyFilters, directionOf, filtersQuery, monthsOf, NO_FILTERS, parseFilters, tallyOf } from '$lib/tracker/filters';
import { neighbours, trackerRows, whenOf } from '$lib/tracker/rows';
import { tollChart } from '$lib/tracker/toll';
import { fixtureTables } from '../../fixtures/tables';

// Fixture strikes (tests/fixtures/tables/strikes.csv): S001–S008, S013, S020, S032 (sea not disclosed)
// and S051 (no strike or announcement date, first reported 2026-05-06). Survivors on S006 and S013.
const t = fixtureTables();
const rows = trackerRows(t.strikes, t.strikes, sourceIndex(t.sources));
const filterable = rows.map((r) => ({ ...r, when: whenOf(r) }));
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('the tracker lists every strike', () => {
  test('newest first, a strike with no known date filed under when it was first reported', () => {
    expect(rows).toHaveLength(t.strikes.length);
    expect(ids(rows).slice(0, 3)).toEqual(['S051', 'S032', 'S020']);
    expect(ids(rows).at(-1)).toBe('S001');
    expect(whenOf(rows[0])).toBe('2026-05-06');
    expect(rows.find((r) => r.id === 'S006')!.slug).toBe('s006');
  });

  test('sources come strongest first, named by their publisher', () => {
    for (const r of rows) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      const rank = r.sources.map((s) => ['official', 'wire', 'outlet', 'other'].indexOf(s.kind));
      expect(rank, r.id).toEqual([...rank].sort((a, b) => a - b));
    }
  });

  test('"disputed" is read from the English row, whatever the edition', () => {
    const disputed = t.strikes.filter(contested).map((s) => s.id);
    expect(disputed.length).toBeGreaterThan(0);
    expect(ids(rows.filter((r) => r.disputed)).sort()).toEqual(disputed.sort());
    const spanish = t.strikes.map((s) => ({ ...s, attribution_claims: 'texto en español' }));
    expect(ids(trackerRows(t.strikes, spanish, sourceIndex(t.sources)).filter((r) => r.disputed)).sort()).toEqual(disputed.sort());
  });

  test('previous and next are the strikes either side in time', () => {
    expect(ids(Object.values(neighbours(rows, 'S006')).map((r) => r!))).toEqual(['S005', 'S007']);
    expect(neighbours(rows, 'S001').older).toBeNull();
    expect(neighbours(rows, 'S051').newer).toBeNull();
  });
});

describe('filters live in the address', () => {
  test('a shared address opens the same view, and the view writes the same address', () => {
    const q = '?sea=eastern_pacific&from=2025-10&to=2026-05&survivors=1&disputed=1&sort=deaths';
    const f = parseFilters(q);
    expect(f).toEqual({ sea: 'eastern_pacific', from: '2025-10', to: '2026-05', survivors: true, disputed: true, where: null, video: false, sort: 'deaths', reverse: false });
    expect(filtersQuery(f)).toBe(q);
    expect(filtersQuery(NO_FILTERS)).toBe('');
  });

  test('how precisely the place was given, and whether a video was released, are in the address too', () => {
    const q = '?sea=caribbean&where=not_disclosed&video=1';
    expect(parseFilters(q)).toMatchObject({ sea: 'caribbean', where: 'not_disclosed', video: true });
    expect(filtersQuery(parseFilters(q))).toBe(q);
    expect(parseFilters('?where=near&video=maybe')).toEqual(NO_FILTERS);
    // Fixture codes: S032 not disclosed, S002, S003 and S007 too; S004, S005 and S008 off a named country.
    expect(ids(applyFilters(filterable, parseFilters('?where=not_disclosed')))).toEqual(['S032', 'S007', 'S003', 'S002']);
    expect(ids(applyFilters(filterable, parseFilters('?where=country_waters')))).toEqual(['S008', 'S005', 'S004']);
    expect(ids(applyFilters(filterable, parseFilters('?video=1')))).toEqual(['S013', 'S008', 'S007', 'S006', 'S004', 'S003', 'S001']);
    expect(ids(applyFilters(filterable, parseFilters('?where=not_disclosed&video=1')))).toEqual(['S007', 'S003']);
  });

  test('what the address gets wrong is dropped, not guessed; a range given backwards is the same range', () => {
    expect(parseFilters('?sea=atlantic&from=2025-13&sort=size&survivors=maybe')).toEqual(NO_FILTERS);
    expect(parseFilters('?from=2026-03&to=2026-01')).toMatchObject({ from: '2026-01', to: '2026-03' });
  });

  test('each filter narrows the list, and the count follows', () => {
    expect(ids(applyFilters(filterable, parseFilters('?sea=eastern_pacific')))).toEqual(['S051', 'S013', 'S008']);
    expect(ids(applyFilters(filterable, parseFilters('?survivors=1')))).toEqual(['S013', 'S006']);
    expect(ids(applyFilters(filterable, parseFilters('?from=2025-10&to=2025-10')))).toEqual(['S013', 'S008', 'S007', 'S006', 'S005', 'S004']);
    const pacific = applyFilters(filterable, parseFilters('?sea=eastern_pacific'));
    expect(tallyOf(pacific)).toEqual({ strikes: 3, killed: pacific.reduce((n, r) => n + r.killed, 0) });
  });

  test('sorted by deaths: most first, then newest', () => {
    const sorted = applyFilters(filterable, parseFilters('?sort=deaths'));
    expect(sorted[0].id).toBe('S001');
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1].killed).toBeGreaterThanOrEqual(sorted[i].killed);
  });

  test('the months offered run from the first strike to the last, none skipped', () => {
    const months = monthsOf(filterable);
    expect(months[0]).toBe('2025-09');
    expect(months.at(-1)).toBe('2026-05');
    expect(months).toHaveLength(9);
  });
});

describe("a strike's place in the campaign", () => {
  test('its step on the running toll rises by its own deaths, from the toll before it', () => {
    const inOrder = [{ id: 'A', killed: 11 }, { id: 'B', killed: 3 }, { id: 'C', killed: 6 }];
    const c = tollChart(inOrder, 'B')!;
    expect(c).toMatchObject({ order: 2, before: 11, after: 14, total: 20 });
    // In a 0–100 box, y down: the step starts at 11/20 of the height and ends at 14/20.
    expect(c.step).toEqual({ x0: 33.33, x1: 66.67, y0: 45, y1: 30 });
    expect(c.path).toBe('M0,100H0V45H33.33V30H66.67V0H100');
    expect(tollChart(inOrder, 'Z')).toBeNull();
  });
});

describe('the table sorts by any of its columns, kept in the address', () => {
  test('each column has its natural order, and reverse=1 turns it round', () => {
    expect(ids(applyFilters(filterable, parseFilters('?sort=date&reverse=1'))).slice(0, 2)).toEqual(['S001', 'S002']);
    expect(filtersQuery(parseFilters('?sort=date&reverse=1'))).toBe('?reverse=1');
    const survivors = applyFilters(filterable, parseFilters('?sort=survivors'));
    expect(ids(survivors).slice(0, 2)).toEqual(['S006', 'S013']);
    // Not disclosed sorts under none.
    expect(survivors.at(-1)!.survivors).toBeNull();
    expect(applyFilters(filterable, parseFilters('?sort=presumed'))[0].id).toBe('S013');
    const seas = applyFilters(filterable, parseFilters('?sort=sea')).map((r) => r.region);
    expect(seas.indexOf('eastern_pacific')).toBeGreaterThan(seas.lastIndexOf('caribbean'));
    expect(seas.at(-1)).toBe('unknown');
    // A named group before none.
    const groups = applyFilters(filterable, parseFilters('?sort=group')).map((r) => r.group);
    expect(groups[0]).not.toBe('');
    expect(groups.at(-1)).toBe('');
  });

  test('aria-sort says which way: dates and counts from the most, words from A', () => {
    expect(directionOf('date', false)).toBe('descending');
    expect(directionOf('date', true)).toBe('ascending');
    expect(directionOf('group', false)).toBe('ascending');
    expect(parseFilters('?sort=group&reverse=1')).toMatchObject({ sort: 'group', reverse: true });
  });
});
