import type { z } from 'astro/zod';
import { parseCsv, type CsvRow } from './csv';

/** A build error a writer can act on: every problem names file, row, line and field. */
export class DataError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `${problems.length === 1 ? 'A data problem' : `${problems.length} data problems`} ${problems.length === 1 ? 'stops' : 'stop'} the build:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'DataError';
  }
}

const MAX_PROBLEMS = 20;

function where(file: string, row: CsvRow, index: number): string {
  const id = row.values.id ? `, id ${row.values.id}` : '';
  return `${file}, row ${index + 1} (line ${row.line}${id})`;
}

interface TableOptions {
  /** Source ids that exist; every id in a row's source_ids must be one of them. */
  sourceIds?: ReadonlySet<string>;
  /** Strike ids that exist; a row's strike_id, each of its strike_ids, or its merged_into must be one of them (people, rescues, events, withdrawals). */
  strikeIds?: ReadonlySet<string>;
}

/** Validate every row of a CSV text; return typed rows or throw a DataError listing each bad cell. */
export function validateTable<S extends z.ZodType<{ id: string }>>(
  file: string,
  csvText: string,
  schema: S,
  options: TableOptions = {},
): z.output<S>[] {
  const { rows } = parseCsv(csvText, file);
  const problems: string[] = [];
  const out: z.output<S>[] = [];
  const seen = new Map<string, number>();

  rows.forEach((row, i) => {
    const result = schema.safeParse(row.values);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '(row)');
        const raw = row.values[field];
        const got = raw === undefined ? '' : raw === '' ? ', but the cell is empty' : `, got "${raw}"`;
        problems.push(`${where(file, row, i)}, field "${field}": ${issue.message}${got}`);
      }
      return;
    }
    const value = result.data as z.output<S>;
    const id = (value as { id: string }).id;
    if (seen.has(id)) {
      problems.push(`${where(file, row, i)}, field "id": expected a unique id, but "${id}" is also on row ${seen.get(id)}`);
    }
    seen.set(id, i + 1);
    // Every column of source ids (source_ids, and per-fact ones such as released_source_ids) must resolve.
    const record = value as Record<string, unknown>;
    for (const field of Object.keys(record).filter((k) => k === 'source_ids' || k.endsWith('_source_ids'))) {
      const cited = record[field];
      if (!options.sourceIds || !Array.isArray(cited)) continue;
      for (const sid of cited as string[]) {
        if (!options.sourceIds.has(sid)) {
          problems.push(
            `${where(file, row, i)}, field "${field}": expected ids listed in content/data/sources.csv, but "${sid}" is not there`,
          );
        }
      }
    }
    // A row keyed by one strike (strike_id), about several (an event's strike_ids), or naming the one a withdrawn record was merged into.
    for (const field of ['strike_id', 'strike_ids', 'merged_into'] as const) {
      const named = record[field];
      if (!options.strikeIds || named === undefined || named === '') continue;
      for (const strike of (Array.isArray(named) ? named : [named]) as string[]) {
        if (!options.strikeIds.has(strike)) problems.push(`${where(file, row, i)}, field "${field}": expected a strike listed in content/data/strikes.csv, but "${strike}" is not there`);
      }
    }
    out.push(value);
  });

  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`…and ${problems.length - MAX_PROBLEMS} more in ${file}`);
    throw new DataError(shown);
  }
  return out;
}
