import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { codebookProblems, codebookTables, columnOf, loadMeanings, type CodebookTable, type Meaning } from '$lib/data/codebook';
import { strikeSchema, sourceSchema } from '$lib/data/schemas';
import { count, optionalCount, text } from '$lib/data/fields';

const col = (name: string) => columnOf(name, strikeSchema.shape[name as keyof typeof strikeSchema.shape]);

describe('the codebook reads the schemas the build validates with', () => {
  test('a count, a date, a code, an id and a list of sources say what a cell may hold', () => {
    expect(col('killed')).toEqual({ name: 'killed', kind: 'integer', required: true });
    expect(col('survivors')).toEqual({ name: 'survivors', kind: 'integer', required: false });
    expect(col('strike_date')).toEqual({ name: 'strike_date', kind: 'date', required: false });
    expect(col('reported_by')).toEqual({ name: 'reported_by', kind: 'date', required: true });
    expect(col('region')).toEqual({ name: 'region', kind: 'code', required: true, values: ['caribbean', 'eastern_pacific', 'unknown'] });
    expect(col('id')).toMatchObject({ kind: 'id', required: true, pattern: '^S\\d{3,}$' });
    expect(col('source_ids')).toEqual({ name: 'source_ids', kind: 'sources', required: true });
    expect(col('notes')).toEqual({ name: 'notes', kind: 'text', required: false });
    expect(columnOf('url', sourceSchema.shape.url)).toEqual({ name: 'url', kind: 'url', required: true });
  });

  test('every published table is in it, with its columns in the order its file has them, and what the download adds', () => {
    const strikes = codebookTables().find((t) => t.name === 'strikes')!;
    expect(strikes.columns.map((c) => c.name).slice(0, 4)).toEqual(['id', 'strike_date', 'announced_date', 'reported_by']);
    expect(strikes.added.map((c) => c.name)).toEqual(['sources', 'story_as_of', 'data_version']);
    const corrections = codebookTables().find((t) => t.name === 'corrections')!;
    expect(corrections.added.map((c) => c.name)).toEqual(['story_as_of']);
  });
});

describe('meanings: a column without one is named, with the line to add', () => {
  const people: CodebookTable = {
    key: 'strikes',
    file: 'people.csv',
    name: 'people',
    columns: [columnOf('id', z.string()), columnOf('fate', text), columnOf('age', optionalCount), columnOf('n', count)],
    added: [{ name: 'story_as_of', kind: 'date', required: true }],
    versioned: false,
  };
  const m = (table: string, column: string): Meaning => ({ id: `${table}.${column || '(table)'}`, table, column, en: 'x', es: 'x' });

  test('each missing table, column and added column is one problem that says what to write where', () => {
    const problems = codebookProblems([people], [m('people', ''), m('people', 'id'), m('people', 'n')]);
    expect(problems).toEqual([
      'content/data/codebook.csv: no meaning of column "fate" of people.csv; add the line people,fate,<what the column holds, in English>,<the same in Spanish>',
      'content/data/codebook.csv: no meaning of column "age" of people.csv; add the line people,age,<what the column holds, in English>,<the same in Spanish>',
      'content/data/codebook.csv: no meaning of column "story_as_of", which the downloads add; add the line *,story_as_of,<what the column holds, in English>,<the same in Spanish>',
    ]);
  });

  test('a meaning of a column no table publishes is named too', () => {
    const all = [m('people', ''), ...['id', 'fate', 'age', 'n'].map((c) => m('people', c)), m('*', 'story_as_of')];
    expect(codebookProblems([people], all)).toEqual([]);
    expect(codebookProblems([people], [...all, m('people', 'nationality')])).toEqual([
      'content/data/codebook.csv: the line people,nationality,… explains column "nationality" of people.csv, which is not published; remove it or correct its table and column',
    ]);
  });

  test('the live content: every column of every published table has its meaning in English and Spanish', () => {
    expect(codebookProblems(codebookTables(), loadMeanings())).toEqual([]);
  });
});

describe('every downloadable table has a title readers see, in both editions', () => {
  test('the file list, the codebook and the JSON-LD never fall back to a file name', async () => {
    const { TABLE_FILES } = await import('$lib/data/load');
    const { strings } = await import('$lib/i18n');
    for (const lang of ['en', 'es'] as const)
      for (const file of Object.values(TABLE_FILES)) expect(strings(lang).site.tableFiles[file.replace(/\.csv$/, '')], `${lang} ${file}`).toBeTruthy();
  });
});
