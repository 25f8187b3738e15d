import { describe, expect, test } from 'vitest';
import Casualties from '$figures/casualties/Figure.svelte';
import { casualtyData } from '$figures/casualties/data';
import { layoutCasualties } from '$figures/casualties/layout';
import { latestAnnounced } from '$lib/casualties';
import { es } from '$lib/i18n/es';
import { AS_OF, fixtureTables } from '../../fixtures/tables';
import { figureRenderer } from '../render';

/**
 * The figure says on itself what its step points at (issue 25): a focus names its day, with every
 * strike of that day ringed and counted; a highlight names its group with its counts; the update
 * labels publication, the pause a step names, the end of the records and the latest tally.
 */

// The fixture has one of Oct. 27's three strikes (S013: 2 killed, 1 survivor, 1 boat); the other two
// as in content/data/strikes.csv: S011 (2 boats, 8 killed) and S012 (1 boat, 4 killed).
const base = fixtureTables();
const s013 = base.strikes.find((s) => s.id === 'S013')!;
const oct27 = {
  ...base,
  strikes: [
    ...base.strikes.filter((s) => s.id < 'S013'),
    { ...s013, id: 'S011', vessels: 2, killed: 8, survivors: 0, presumed_dead: null },
    { ...s013, id: 'S012', vessels: 1, killed: 4, survivors: 0, presumed_dead: null },
    ...base.strikes.filter((s) => s.id >= 'S013'),
  ],
};

const labelled = (html: string, key: string) => {
  const m = new RegExp(`<span[^>]*data-label-for="${key}"[^>]*>(.*?)</span>(?=\\s*(?:<!--|<span class="(?:rule|pause|records|tally|marker)-label|</div>))`, 's').exec(html);
  return m ? m[1].replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() : null;
};
const text = (out: string) => out.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a focus labels its day', () => {
  const render = figureRenderer(Casualties, 'casualties', [{ through: '2025-10-28', focus: 'S013', highlight: 'eastern_pacific' }, { through: '2025-09-02', focus: 'S001' }], { tables: oct27 });

  test("Oct. 27: the ring takes in all three strikes of the day, and the label gives the day's toll, not the focused strike's", () => {
    const data = casualtyData(oct27.strikes, AS_OF);
    const l = layoutCasualties(data, { through: '2025-10-28', focus: 'S013' });
    const day = l.circles.filter((c) => ['S011', 'S012', 'S013'].includes(c.id));
    expect(l.focus).toMatchObject({ day: '2025-10-27', strikes: 3, vessels: 4, killed: 14, survivors: 1 });
    expect(l.focus!.ring.top).toBe(Math.min(...day.map((c) => c.cy)));
    expect(l.focus!.ring.bottom).toBe(Math.max(...day.map((c) => c.cy)));
    // A focus without a highlight dims the other strikes, never those of its own day.
    expect(l.circles.filter((c) => !c.dim).map((c) => c.id)).toEqual(['S011', 'S012', 'S013']);
  });

  test('drawn in words beside the ring, in both editions', () => {
    expect(labelled(render(0), 'focus')).toBe('Oct. 27 3 strikes on 4 boats 14 killed, 1 survivor');
    expect(labelled(render(0, es), 'focus')).toBe('27 de octubre 3 ataques contra 4 embarcaciones 14 muertos, 1 sobreviviente');
    // One strike on its day: its date and toll only.
    expect(labelled(render(1), 'focus')).toBe('Sept. 2 11 killed');
    expect(render(0).match(/class="focus-ring/g)).toHaveLength(1);
  });

  test("the text alternative marks the day's strikes as the chart does", () => {
    expect(render(0)).toMatch(/Marked: the 3 strikes of Oct\. 27, 2025 in the eastern Pacific, 14 killed\./);
  });

  test('a highlight names its group and its counts under the total; the line is kept, unseen, where nothing is highlighted', () => {
    const out = render(0);
    expect(out).toMatch(/<span class="line highlight[^"]*" data-label-for="highlight"><span class="swatch eastern_pacific[^"]*"><\/span>Eastern Pacific: 16 killed in 4 strikes<\/span>/);
    expect(render(1)).toMatch(/<span class="line highlight[^"]*\bunseen\b[^"]*" data-label-for="highlight"><span class="swatch[^"]*"><\/span><\/span>/);
  });
});

describe('the update labels what its cards say', () => {
  const LATEST = latestAnnounced(base.strikes);
  // S032 (Dec. 31, sea not disclosed) then S051 (first reported May 6, 2026): the pause ends at S051.
  const states: Record<string, string>[] = [{ through: '2025-12-31' }, { through: LATEST, pause: 'S051' }, { through: LATEST, counts: 'dispute' }];
  const render = figureRenderer(Casualties, 'casualties', states);

  test('the strikes since publication are the news: the story marks them apart, the chart behind them goes to the background tone', () => {
    const out = render(0);
    expect(out).toMatch(/<div class="casualties[^"]*\bupdate\b/);
    // The key's swatch is the update's colour, not a faded one.
    expect(out).toMatch(/<span class="swatch later[^"]*"><\/span>9 of them in 2 strikes after Nov\. 10, 2025/);
    const story = figureRenderer(Casualties, 'casualties', [{ through: AS_OF }]);
    expect(story(0)).not.toMatch(/<div class="casualties[^"]*\bupdate\b/);
  });

  test('a labelled rule at the publication date, at every step of the update', () => {
    for (const i of [0, 1, 2]) {
      expect(render(i)).toMatch(/<path class="published[^"]*"/);
      expect(text(render(i))).toContain('Story published Nov. 10');
    }
    expect(text(render(0, es))).toContain('Reportaje publicado el 10 de noviembre');
  });

  test('the pause a step names: shaded from the strike before it, with its dates', () => {
    expect(render(0)).not.toMatch(/<path class="pause/);
    expect(render(1)).toMatch(/<path class="pause/);
    expect(text(render(1))).toContain('No strike reported Dec. 31–May 6');
    expect(text(render(1, es))).toContain('Ningún ataque informado del 31 de diciembre al 6 de mayo');
  });

  test('where the records end, once a step reaches the last row, and not before', () => {
    expect(text(render(0))).not.toContain('Our records end');
    expect(text(render(1))).toContain('Our records end May 6');
    expect(render(1)).toMatch(/<path class="records-end/);
  });

  test('the latest tally is labelled with whose count it is, from the tallies table', () => {
    const tally = [...base.tallies].sort((a, b) => a.as_of.localeCompare(b.as_of)).at(-1)!;
    expect(tally.as_of <= LATEST).toBe(true);
    expect(text(render(2))).toContain(`CNN, Feb. 20: ${tally.killed}`);
    expect(text(render(1))).not.toContain(`CNN, Feb. 20`);
  });
});
