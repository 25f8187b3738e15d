import { describe, expect, test } from 'vitest';
import { strings } from '$lib/i18n';
import { knownOf } from '$lib/tracker/known';
import { localize } from '$lib/data/translations';
import type { Strike } from '$lib/data/schemas';
import { fixtureTables } from '../../fixtures/tables';

// A strike page's "What is known" block, from fixture rows, in both editions.
const t = fixtureTables();
const es = localize(t, new Map([
  ['S002.nationality_reported', 'Colombiana, según el presidente de Colombia'],
  ['S007.group_name', 'ELN (Ejército de Liberación Nacional)'],
]));
const row = (id: string, tables = t) => tables.strikes.find((s) => s.id === id)! as Strike;
const text = (id: string, lang: 'en' | 'es' = 'en') =>
  knownOf(row(id, lang === 'en' ? t : es), strings(lang))
    .flatMap((g) => [g.heading, ...g.lines.map((l) => `${l.label}: ${l.text}.`)])
    .join(' ');

describe('what is known about a strike', () => {
  test('says how precisely the place and the day were given, in plain words', () => {
    expect(text('S013')).toContain('Place: only the sea was given (Eastern Pacific).');
    expect(text('S013')).toContain('Day: worked out from words such as “yesterday,” “overnight” or “earlier this morning” in the announcement.');
    expect(text('S032')).toContain('Place: not disclosed, not even the sea.');
    expect(text('S004')).toContain('Place: only the waters off a named country: international waters just off the coast of Venezuela.');
    expect(text('S051')).toContain('Day: not reported.');
  });

  test('says what was released and what others established, "not reported" where no source says', () => {
    expect(text('S003')).toContain('Video or images: released.');
    expect(text('S002')).toContain('Video or images: not reported.');
    expect(text('S001')).toContain('Video or images: released.');
    expect(text('S001')).toContain('Group named: Tren de Aragua.');
    expect(text('S003')).toContain('Group named: none.');
    expect(text('S006')).toContain('Killed and survivors: 2 killed; survivors: 2.');
    expect(text('S051')).toContain('survivors: not reported.');
    expect(text('S005')).toContain('Identities published: yes (see the sources).');
    expect(text('S005')).toContain('Nationality reported by families or governments: Two of the dead were from Trinidad and Tobago, according to their families.');
    expect(text('S003')).toContain('Nationality reported by families or governments: not reported.');
    expect(text('S003')).toContain('Count revised: no revision reported.');
  });

  test('gives each group its sources', () => {
    const [released, established] = knownOf(row('S005'), strings('en'));
    expect(released.sourceIds).toEqual(row('S005').source_ids);
    expect(established.sourceIds).toEqual(['src-009', 'src-010', 'src-011']);
    expect(knownOf(row('S003'), strings('en'))[1].sourceIds).toEqual([]);
  });

  test('reads in Spanish, with the data’s words translated', () => {
    expect(text('S013', 'es')).toContain('Lugar: solo se dio el mar (Pacífico oriental).');
    expect(text('S032', 'es')).toContain('Lugar: no se reveló, ni siquiera el mar.');
    expect(text('S007', 'es')).toContain('Grupo nombrado: ELN (Ejército de Liberación Nacional).');
    expect(text('S002', 'es')).toContain('Nacionalidad informada por familias o gobiernos: Colombiana, según el presidente de Colombia.');
    expect(text('S003', 'es')).toContain('Video o imágenes: se publicaron.');
    expect(text('S006', 'es')).toContain('Muertos y sobrevivientes: 2 muertos; sobrevivientes: 2.');
  });
});
