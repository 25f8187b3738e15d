import { describe, expect, test } from 'vitest';
import { citedSources, liftCites } from '../../../src/components/story/stepSources';
import { rowSources, sourceIndex, strongestFirst } from '$lib/data/sources';
import { fixtureTables } from '../../fixtures/tables';

// The markup Cite.astro writes: a span per cited row, spans nested inside.
const cite = (row: string) => `<span class="cite" data-cite="${row}"><span class="visually-hidden">Sources: </span><a href="https://a.example/">AP, Oct. 3, 2025</a></span>`;

describe('liftCites', () => {
  test("takes a step's citations out of its text, with the space before them, and names their rows once, in order", () => {
    const html = `<p>One strike. ${cite('S004')}</p><p>Two <span class="num">6</span> more. ${cite('S005')} ${cite('S004')}</p>`;
    const { body, rows } = liftCites(html);
    expect(body).toBe('<p>One strike.</p><p>Two <span class="num">6</span> more.</p>');
    expect(rows).toEqual(['S004', 'S005']);
  });

  test('leaves a step without citations as it was', () => {
    const html = '<p>No sources <span class="num">3</span> here.</p>';
    expect(liftCites(html)).toEqual({ body: html, rows: [] });
  });

  test('refuses a citation whose markup never closes, rather than swallow the rest of the step', () => {
    expect(() => liftCites('<p>Broken <span class="cite" data-cite="S001"><a>AP</a></p>')).toThrow(/S001/);
  });
});

describe('citedSources', () => {
  const t = fixtureTables();
  const byRow = rowSources(t);
  const byId = sourceIndex(t.sources);

  test("names each row's two strongest sources once, and links on to the rest", () => {
    const rows = [...byRow.keys()].filter((r) => r.startsWith('S')).slice(0, 3);
    const { shown, more } = citedSources(rows, t, 'en');
    const expected = new Set(rows.flatMap((r) => strongestFirst(byRow.get(r)!, byId).slice(0, 2).map((s) => s.id)));
    expect(shown.map((s) => s.id)).toEqual([...expected]);
    const all = new Set(rows.flatMap((r) => byRow.get(r)!).filter((id) => byId.has(id)));
    expect(shown.length + (more?.count ?? 0)).toBe(all.size);
    if (more) expect(more.href).toMatch(/^\/sources\/#/);
  });

  test('a row that does not exist stops the build', () => {
    expect(() => citedSources(['S999'], t, 'en')).toThrow(/S999/);
  });
});
