import { FOREIGN_KEYS, EVERY_DOWNLOAD, meaningKey, type CodebookTable, type Column, type Meanings } from './codebook';

/**
 * /data/datapackage.json: a Frictionless Tabular Data Package (v1) describing every CSV under
 * /data/, the current tables and each released version, each with its Table Schema, built from
 * the codebook (so from the schemas the build validates with). Paths are relative to the
 * package, which sits beside the files, so it works under any base path and origin.
 */

/** The data's licence: CC BY 4.0 lets other newsrooms reuse it with credit. */
export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

type FieldType = 'string' | 'integer' | 'date';

export interface TableField {
  name: string;
  type: FieldType;
  format?: 'uri';
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

export interface Resource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  schema: {
    fields: TableField[];
    missingValues: string[];
    primaryKey: string;
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  version: string;
  created: string;
  licenses: (typeof LICENCE)[];
  keywords: string[];
  resources: Resource[];
}

/** A released version of a table, with the columns it was released with (a column added later is not in it). */
export interface ReleasedFile {
  table: string;
  date: string;
  columns: readonly string[];
}

export interface PackageInfo {
  title: string;
  description: string;
  /** The absolute address of /data/. */
  homepage: string;
  /** The latest release's date: the version a citation names. */
  version: string;
  /** When the package's data last changed (YYYY-MM-DD): the latest release or change. */
  created: string;
  /** Each table's name for readers (tableFiles in the i18n strings), by its name (strikes). */
  titles: Record<string, string>;
}

function fieldOf(c: Column, description: string): TableField {
  const type: FieldType = c.kind === 'integer' ? 'integer' : c.kind === 'date' ? 'date' : 'string';
  const constraints = {
    ...(c.required ? { required: true } : {}),
    ...(c.values ? { enum: c.values } : {}),
    // Table Schema patterns match the whole value (XML Schema style): no anchors.
    ...(c.pattern ? { pattern: c.pattern.replace(/^\^|\$$/g, '') } : {}),
    ...(c.kind === 'integer' ? { minimum: 0 } : {}),
  };
  return { name: c.name, type, ...(c.kind === 'url' ? { format: 'uri' as const } : {}), description, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

function resourceOf(t: CodebookTable, meanings: Meanings, titles: Record<string, string>, nameOf: (key: string) => string, only?: ReleasedFile): Resource {
  const meaning = (table: string, column = '') => meanings.get(meaningKey(table, column))?.en ?? '';
  const own = only ? t.columns.filter((c) => only.columns.includes(c.name)) : t.columns;
  const fields = [...own.map((c) => fieldOf(c, meaning(t.name, c.name))), ...t.added.map((c) => fieldOf(c, meaning(EVERY_DOWNLOAD, c.name)))];
  // A released version refers to nothing: the rows it names may differ from today's tables.
  const keys = only ? [] : (FOREIGN_KEYS[t.key] ?? []);
  const title = titles[t.name] ?? t.name;
  return {
    name: only ? `${t.name}-${only.date}` : t.name,
    path: only ? `${only.date}/${t.file}` : t.file,
    profile: 'tabular-data-resource',
    title: only ? `${title}, release of ${only.date}` : title,
    description: only ? `${meaning(t.name)}. The version released on ${only.date}; it never changes.` : meaning(t.name),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields,
      missingValues: [''],
      primaryKey: 'id',
      ...(keys.length
        ? { foreignKeys: keys.map((k) => ({ fields: k.field, reference: { resource: nameOf(k.table), fields: 'id' } })) }
        : {}),
    },
  };
}

export function dataPackage(codebook: readonly CodebookTable[], meanings: Meanings, releases: readonly ReleasedFile[], info: PackageInfo): DataPackage {
  const byName = new Map(codebook.map((t) => [t.name, t]));
  const names = new Map<string, string>(codebook.map((t) => [t.key, t.name]));
  const nameOf = (key: string) => names.get(key) ?? key;
  const released = releases.map((r) => {
    const t = byName.get(r.table);
    if (!t) throw new Error(`datapackage: a release of "${r.table}", which the codebook does not hold`);
    return resourceOf(t, meanings, info.titles, nameOf, r);
  });
  return {
    profile: 'tabular-data-package',
    name: 'boat-strikes',
    title: info.title,
    description: info.description,
    homepage: info.homepage,
    version: info.version,
    created: `${info.created}T00:00:00Z`,
    licenses: [LICENCE],
    keywords: ['boat strikes', 'Caribbean', 'eastern Pacific', 'Venezuela', 'Colombia', 'United States'],
    resources: [...codebook.map((t) => resourceOf(t, meanings, info.titles, nameOf)), ...released],
  };
}
