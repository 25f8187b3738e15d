import { describe, expect, test } from 'vitest';
import { casualtyData } from '$figures/casualties/data';
import { describeCasualties } from '$figures/casualties/describe';
import { en } from '$lib/i18n/en';
import { es } from '$lib/i18n/es';
import enShown, { atBuild as enBuilt } from '$figures/casualties/words.en';
import esShown, { atBuild as esBuilt } from '$figures/casualties/words.es';

const enWords = { ...enShown, ...enBuilt };
const esWords = { ...esShown, ...esBuilt };
import { AS_OF, fixtureTable } from '../../fixtures/tables';

// Fixture rows announced by Nov. 10: Caribbean S001–S007 (32 killed), eastern Pacific S008 and S013 (4 killed).
const data = casualtyData(fixtureTable('strikes'), AS_OF, [{ id: 'E024', date: '2025-10-08', label: 'Senate war powers vote fails' }]);

describe('describeCasualties (the text alternative)', () => {
  test('names the regions and the highlight with their numbers', () => {
    const text = describeCasualties(data, { through: AS_OF, highlight: 'eastern_pacific' }, en, enWords);
    expect(text).toContain('Chart: 36 people killed in 9 announced U.S. strikes on boats between Sept. 2, 2025 and Nov. 10, 2025.');
    expect(text).toContain('By sea area: Caribbean, 32 killed in 7 strikes; eastern Pacific, 4 killed in 2 strikes.');
    expect(text).toContain('Highlighted: the 2 strikes in the eastern Pacific, 4 killed.');
  });

  test('survivors and a focused strike', () => {
    const text = describeCasualties(data, { through: '2025-10-18', highlight: 'survivors', focus: 'S006' }, en, enWords);
    expect(text).toContain('Highlighted: strikes that left survivors (1 strike; 2 survivors in all).');
    expect(text).toContain('Marked: the strike of Oct. 16, 2025 in the Caribbean, 2 killed.');
  });

  test('one sea area only: no breakdown by sea area', () => {
    const text = describeCasualties(data, { through: '2025-10-14' }, en, enWords);
    expect(text).toBe('Chart: 27 people killed in 5 announced U.S. strikes on boats between Sept. 2, 2025 and Oct. 14, 2025.');
  });

  test('the marker line with its label and date', () => {
    expect(describeCasualties(data, { through: '2025-10-08', marker: 'E024' }, en, enWords)).toContain('Line at Oct. 8, 2025: Senate war powers vote fails.');
  });

  test('before the first strike, says so', () => {
    expect(describeCasualties(data, { through: '2025-09-01' }, en, enWords)).toBe(enWords.describe.none);
  });

  test('in Spanish, with Spanish numbers and dates', () => {
    expect(describeCasualties(data, { through: '2025-09-02' }, es, esWords)).toBe(
      'Gráfico: 11 personas muertas en 1 ataque anunciado de EE. UU. contra lanchas el 2 de septiembre de 2025.',
    );
  });
});
