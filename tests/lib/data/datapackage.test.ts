import { describe, expect, test } from 'vitest';
import { codebookTables, meaningKey, type Meanings } from '$lib/data/codebook';
import { dataPackage, LICENCE } from '$lib/data/datapackage';
import { profileErrors } from '../../fixtures/frictionless/validate';

const book = codebookTables();
// Every meaning present, in the words of its key, so a description shows where it came from.
const meanings: Meanings = new Map(
  book.flatMap((t) => [meaningKey(t.name), ...t.columns.map((c) => meaningKey(t.name, c.name)), ...t.added.map((c) => meaningKey('*', c.name))]).map((k) => [k, { en: `en ${k}`, es: `es ${k}` }]),
);
const info = { title: 'The data', description: 'd', homepage: 'https://example.org/data/', version: '2026-12-06', created: '2026-12-06', titles: { strikes: 'Strikes' } };
const strikeColumns = book.find((t) => t.name === 'strikes')!.columns.map((c) => c.name);
const pkg = dataPackage(book, meanings, [{ table: 'strikes', date: '2026-06-22', columns: strikeColumns.filter((c) => c !== 'presumed_dead') }], info);

describe('/data/datapackage.json, from the codebook', () => {
  test('conforms to the Tabular Data Package profile (Data Package, Tabular Data Resource, Table Schema v1)', () => {
    expect(profileErrors(pkg)).toEqual([]);
  });

  test('the profile is no check that cannot fail: a field of a type Table Schema lacks is refused', () => {
    const bad = structuredClone(pkg);
    (bad.resources[0].schema.fields[0] as { type: string }).type = 'number-ish';
    expect(profileErrors(bad).length).toBeGreaterThan(0);
  });

  test('the licence, the version and when it was made', () => {
    expect(pkg.licenses).toEqual([LICENCE]);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.version).toBe('2026-12-06');
    expect(pkg.created).toBe('2026-12-06T00:00:00Z');
  });

  test('each table a resource at its file, its fields those the build checks, then what the download adds', () => {
    const strikes = pkg.resources.find((r) => r.name === 'strikes')!;
    expect(strikes.path).toBe('strikes.csv');
    expect(strikes.schema.primaryKey).toBe('id');
    expect(strikes.schema.fields.map((f) => f.name)).toEqual([...strikeColumns, 'sources', 'story_as_of', 'data_version']);
    const f = (name: string) => strikes.schema.fields.find((x) => x.name === name)!;
    expect(f('killed')).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 0 }, description: 'en strikes.killed' });
    expect(f('survivors')).toMatchObject({ type: 'integer', constraints: { minimum: 0 } });
    expect(f('survivors').constraints).not.toHaveProperty('required');
    expect(f('strike_date')).toMatchObject({ type: 'date' });
    expect(f('region').constraints).toEqual({ required: true, enum: ['caribbean', 'eastern_pacific', 'unknown'] });
    expect(f('id').constraints).toEqual({ required: true, pattern: 'S\\d{3,}' });
    expect(f('data_version')).toMatchObject({ type: 'date', description: 'en *.data_version' });
    const sources = pkg.resources.find((r) => r.name === 'sources')!;
    expect(sources.schema.fields.find((x) => x.name === 'url')).toMatchObject({ type: 'string', format: 'uri' });
  });

  test('links between tables are foreign keys, named by resource', () => {
    expect(pkg.resources.find((r) => r.name === 'votes')!.schema.foreignKeys).toEqual([{ fields: 'event_id', reference: { resource: 'events', fields: 'id' } }]);
    expect(pkg.resources.find((r) => r.name === 'changes')!.schema.foreignKeys).toEqual([{ fields: 'row', reference: { resource: 'strikes', fields: 'id' } }]);
  });

  test('a release is a resource of its own, at its address, with the columns it was released with', () => {
    const r = pkg.resources.find((x) => x.name === 'strikes-2026-06-22')!;
    expect(r.path).toBe('2026-06-22/strikes.csv');
    expect(r.schema.fields.map((f) => f.name)).not.toContain('presumed_dead');
    expect(r.schema.fields.map((f) => f.name).slice(-1)).toEqual(['data_version']);
    expect(r.schema.foreignKeys).toBeUndefined();
  });
});
