import { parseCsv } from './csv';

/**
 * The downloadable copy of a data table: the columns as compiled, plus each row's sources
 * written out (outlet, title, date, address) and the story's as-of date, so the file stands on
 * its own once it leaves the site.
 */
interface SourceInfo {
  id: string;
  outlet: string;
  read_at?: string;
  title: string;
  published: string;
  url: string;
}

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const toCsv = (rows: string[][]) => rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

interface Options {
  /** Keeps the rows it accepts (one strike's page offers its own row: /strikes/s001/row.csv). */
  only?: (id: string) => boolean;
  /** The release this copy is (a versioned table's date, as in /data/2026-06-22/strikes.csv), written on every row. */
  version?: string;
}

export function downloadCsv(text: string, file: string, sources: Map<string, SourceInfo>, asOf: string, { only, version }: Options = {}): string {
  const { header, rows } = downloadRows(text, file, sources, asOf, version);
  return header + rows.filter(([id]) => !only || only(id)).map(([, row]) => row).join('');
}

/**
 * The download's header line, and each row's line with its id: read once, a page per strike picks its
 * own (parsing the table once per row page made a build of 5,000 strikes quadratic).
 */
export function downloadRows(text: string, file: string, sources: Map<string, SourceInfo>, asOf: string, version?: string): { header: string; rows: [id: string, line: string][] } {
  const { header, rows } = parseCsv(text, file);
  const hasSources = header.includes('source_ids');
  const out: [string, string][] = [];
  for (const { values } of rows) {
    const cited = hasSources
      ? [
          values.source_ids
            .split(';')
            .map((id) => id.trim())
            .filter(Boolean)
            .map((id) => {
              const s = sources.get(id);
              if (!s) throw new Error(`${file}: row ${values.id} cites unknown source ${id}`);
              return `${s.outlet}, "${s.title}" (${s.published || 'undated'})${s.read_at ? `, read at ${s.read_at}` : ''} ${s.url}`;
            })
            .join(' | '),
        ]
      : [];
    out.push([values.id ?? '', toCsv([[...header.map((h) => values[h] ?? ''), ...cited, asOf, ...(version ? [version] : [])]])]);
  }
  return { header: toCsv([[...header, ...(hasSources ? ['sources'] : []), 'story_as_of', ...(version ? ['data_version'] : [])]]), rows: out };
}
