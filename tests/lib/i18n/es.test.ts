import { describe, it, expect } from 'vitest';
import { en } from '$lib/i18n/en';
import { es } from '$lib/i18n/es';
import { editions, strings } from '$lib/i18n';
import { mapLabels } from '$lib/map/scene';
import { basemap } from '$lib/map/geo';
import { atBuild as esCasualties } from '$figures/casualties/words.es';
import esStrikeMap from '$figures/strikemap/words.es';
import { atBuild as esLegal } from '$figures/legal/words.es';
import { atBuild as esTimeline } from '$figures/timeline/words.es';

// Each figure's words, from its folder (src/figures/<id>/words.<lang>.ts), held to the same rules as the chrome's.
const FIGURE_WORDS = import.meta.glob<{ default?: object; atBuild?: object }>('../../../src/figures/*/words.*.ts', { eager: true });
function figureWordsOf(lang: string): Record<string, { shown: object; atBuild: object }> {
  const out: Record<string, { shown: object; atBuild: object }> = {};
  for (const [path, m] of Object.entries(FIGURE_WORDS)) {
    const [, id, edition] = /figures\/([\w-]+)\/words\.(\w+)\.ts$/.exec(path)!;
    if (edition === lang) out[id] = { shown: m.default ?? {}, atBuild: m.atBuild ?? {} };
  }
  return out;
}
const enAll = { ...en, figures: figureWordsOf('en') };
const esAll = { ...es, figures: figureWordsOf('es') };

/** The shape of a strings module: every key, strings as 'string', functions with their arity. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `function/${value.length}`;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
  }
  return typeof value;
}

/** Every leaf string with its dotted path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

describe('Spanish edition: same shape as English', () => {
  it('has every key en has, and nothing else; functions in the same places with the same parameters', () => {
    // Maps keyed by data (places, region ids…) are compared too: a key added to en must be added to es.
    const { places: enPlaces, ...enRest } = enAll;
    const { places: esPlaces, ...esRest } = esAll;
    expect(Object.keys(esAll.figures).sort()).toEqual(Object.keys(enAll.figures).sort());
    expect(shape(esRest)).toEqual(shape(enRest));
    // es names more places than en (en only renames the few it must); each en key is there.
    for (const key of Object.keys(enPlaces)) expect(esPlaces, key).toHaveProperty([key]);
  });

  it('is registered as an edition', () => {
    expect(Object.keys(editions).sort()).toEqual(['en', 'es']);
    expect(strings('es')).toBe(es);
    expect(es.lang).toBe('es');
    expect(es.locale).toBe('es');
  });

  it('translates every string: the only ones equal to English are proper names and words spelled alike', () => {
    const enLeaves = new Map(leaves(enAll));
    const same = leaves(esAll)
      .filter(([path, text]) => enLeaves.get(path) === text)
      .map(([path]) => path)
      .filter((path) => !path.startsWith('places.'));
    expect(same.sort()).toEqual(
      [
        'figures.buildup.shown.anchors.el_salvador',
        'figures.buildup.shown.anchors.puerto_rico',
        'figures.buildup.shown.legend.drone', // "Drones" in both languages
        'figures.buildup.atBuild.describe.groups.bases', // "bases" in both languages
        'actors.colombia',
        'actors.venezuela',
        'figures.timeline.shown.lanes.colombia',
        'figures.timeline.shown.lanes.venezuela',
      ].sort(),
    );
  });

  it('no string is empty and no function writes "undefined"', () => {
    for (const [path, text] of leaves(esAll)) expect(text.trim(), path).not.toBe('');
    expect(esCasualties.describe.lead('75', '19', 19, '2 de septiembre de 2025', '10 de noviembre de 2025')).not.toMatch(/undefined/);
  });
});

describe('Spanish numbers and dates', () => {
  it('groups thousands with a point, even four-digit numbers, and uses a decimal comma', () => {
    expect(es.number(1234)).toBe('1.234');
    expect(es.number(25000)).toBe('25.000');
    expect(es.number(1234567)).toBe('1.234.567');
    expect(es.number(12.5)).toBe('12,5');
    expect(es.number(7)).toBe('7');
  });

  it('writes dates in full, day first', () => {
    expect(es.date('2025-09-02')).toBe('2 de septiembre de 2025');
    expect(es.date('2026-01-01')).toBe('1 de enero de 2026');
    expect(es.date('2025-12-31')).toBe('31 de diciembre de 2025');
    expect(es.dayMonth('2025-09-02')).toBe('2 de septiembre');
    expect(es.dayMonth('2025-11-10')).toBe('10 de noviembre');
  });

  it('axis ticks: the short month, lower case with its period, and the year where it turns', () => {
    expect(es.monthTick('2026-01-01', true)).toBe('ene. 2026');
    expect(es.monthTick('2025-09-01', false)).toMatch(/^sept?\.$/);
    expect(es.monthTick('2025-11-01', false)).toBe('nov.');
    expect(es.monthTick('2025-08-01', true)).toBe('ago. 2025');
  });
});

describe('Spanish plurals', () => {
  it('strikes', () => {
    expect(esCasualties.text.inStrikes('1', 1)).toBe('en 1 ataque');
    expect(esCasualties.text.inStrikes('19', 19)).toBe('en 19 ataques');
    expect(esCasualties.describe.strikesWord(1)).toBe('ataque');
    expect(esCasualties.describe.strikesWord(2)).toBe('ataques');
    expect(esStrikeMap.zoneTotals('1', 1, '3')).toBe('1 ataque · 3 muertos');
    expect(esStrikeMap.zoneTotals('14', 14, '57')).toBe('14 ataques · 57 muertos');
  });

  it('killed and survivors', () => {
    expect(esCasualties.text.peopleKilled('1')).toBe('1 muerto');
    expect(esCasualties.text.peopleKilled('75')).toBe('75 muertos');
    expect(esStrikeMap.markSurvivors('1')).toBe('1 sobreviviente');
    expect(esStrikeMap.markSurvivors('2')).toBe('2 sobrevivientes');
    expect(esLegal.describe.timeline('1', 'a', 'b')).toContain('1 ataque anunciado,');
    expect(esLegal.describe.timeline('19', 'a', 'b')).toContain('19 ataques anunciados,');
  });

  it('full sentences agree with their counts', () => {
    expect(esCasualties.describe.lead('1', '1', 1, '2 de septiembre de 2025', '2 de septiembre de 2025')).toBe(
      'Gráfico: 1 persona muerta en 1 ataque anunciado de EE. UU. contra lanchas el 2 de septiembre de 2025.',
    );
    expect(esCasualties.describe.lead('75', '19', 19, '2 de septiembre de 2025', '10 de noviembre de 2025')).toBe(
      'Gráfico: 75 personas muertas en 19 ataques anunciados de EE. UU. contra lanchas entre el 2 de septiembre de 2025 y el 10 de noviembre de 2025.',
    );
    expect(esCasualties.describe.highlight.caribbean('1 ataque', '11')).toBe('En primer plano: 1 ataque en el Caribe, 11 muertos.');
    expect(esCasualties.describe.highlight.eastern_pacific('5 ataques', '20')).toBe('En primer plano: los 5 ataques en el Pacífico oriental, 20 muertos.');
    expect(esTimeline.describe.lane('Colombia', '1')).toBe('1 acción de Colombia');
    expect(esTimeline.describe.lane('Venezuela', '4')).toBe('4 acciones de Venezuela');
    expect(esLegal.describe.vote('8 de octubre de 2025', '48', '51', esLegal.view.outcome.failed)).toBe('8 de octubre de 2025: 48 a favor, 51 en contra; rechazada.');
  });
});

describe('Spanish map names', () => {
  it('every label on the maps has a Spanish name', () => {
    const missing = mapLabels().map((l) => l.name).filter((name) => !(name in es.places));
    expect(missing).toEqual([]);
    expect(es.places['Dominican Rep.']).toBe('República Dominicana');
    expect(es.places['Trinidad and Tobago']).toBe('Trinidad y Tobago');
    expect(es.places['Caribbean Sea']).toBe('Mar Caribe');
    expect(es.places.Panama).toBe('Panamá');
  });

  it('every country the basemap draws has a Spanish name, should it be labelled', () => {
    const missing = basemap().map((c) => c.name).filter((name) => !(name in es.places));
    expect(missing).toEqual([]);
  });
});
