import { describe, expect, test } from 'vitest';
import { loadTables } from '$lib/data/load';
import { loadTranslations, localize } from '$lib/data/translations';
import { LEGAL_CLAIMS } from '$figures/legal/claims';
import { atBuild as enLegal } from '$figures/legal/words.en';
import { atBuild as esLegal } from '$figures/legal/words.es';

// On the live data on purpose: the words the figure writes on the strike area must be the
// committed rows' own words, in each edition's translation of them.
const enTables = loadTables();
const editions = [
  ['en', enTables, enLegal.view.terms],
  ['es', localize(enTables, loadTranslations(enTables, 'es')), esLegal.view.terms],
] as const;

describe('the legal figure quotes its rows', () => {
  test('every row the figure names is in the committed data', () => {
    const ids = new Set(enTables.events.map((e) => e.id));
    for (const id of [LEGAL_CLAIMS.flights, ...LEGAL_CLAIMS.voices, ...Object.values(LEGAL_CLAIMS.together).flat()]) expect(ids.has(id), id).toBe(true);
  });

  for (const [lang, tables, terms] of editions) {
    test(`${lang}: each voice's term is a phrase of its row's summary`, () => {
      for (const id of LEGAL_CLAIMS.voices) {
        const summary = tables.events.find((e) => e.id === id)!.summary;
        expect(summary.toLowerCase(), `${id}: "${terms[id]}"`).toContain(terms[id].toLowerCase());
      }
    });
  }
});
