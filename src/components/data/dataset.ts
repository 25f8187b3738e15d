import { standingStrikes } from '$lib/data/withdrawals';
import { codebook, dataTables, edition, tableText, tables } from '../../data';
import { TABLE_FILES } from '$lib/data/load';
import { parseCsv } from '$lib/data/csv';
import { latestRelease, releasedTable } from '$lib/data/versions';
import { releasesNewestFirst } from '$lib/tracker/changes';
import { dataPackage, type ReleasedFile } from '$lib/data/datapackage';
import { datasetJsonLd } from '$lib/data/jsonLd';
import { absolute, dataHref, dataPageHref, versionHref } from '$lib/paths';
import { strings, type Lang } from '$lib/i18n';

/**
 * What /data/, /strikes/ and /data/datapackage.json say about the data as a whole, read once
 * from the tables: each release with the columns it was released with, the version a citation
 * names, when the data last changed, the span of days it covers.
 */
export async function datasetFacts(lang: Lang) {
  const t = await dataTables();
  const local = await tables(lang);
  const notes = new Map(local.releases.map((r) => [r.id, r.note]));
  const releases = await Promise.all(
    releasesNewestFirst(t.releases, 'strikes').map(async (r) => {
      const file = TABLE_FILES[r.table];
      const { header, rows } = parseCsv(await tableText(r.table), file);
      const { version } = releasedTable({ header, rows: rows.map((x) => x.values) }, r, t.changes);
      return { ...r, note: notes.get(r.id) ?? r.note, file, href: versionHref(r.date, file), columns: version.header };
    }),
  );
  const latest = latestRelease(t.releases, 'strikes');
  const version = latest?.date ?? (await edition('en')).as_of;
  const modified = [version, ...t.changes.map((c) => c.date)].sort().at(-1)!;
  // What the data covers is what counts: withdrawn records are not strikes.
  const strikes = standingStrikes(t.strikes, t.withdrawals);
  const days = strikes.map((s) => s.strike_date ?? s.reported_by).sort();
  return { releases, version, modified: [modified, ...t.withdrawals.map((x) => x.date)].sort().at(-1)!, from: days[0], to: days.at(-1), strikes: strikes.length };
}

/** /data/datapackage.json, in English (the codebook's meanings' first language). */
export async function packageDescriptor() {
  const t = strings('en');
  const facts = await datasetFacts('en');
  const { tables: book, meanings } = await codebook();
  const released: ReleasedFile[] = [...facts.releases].reverse().map((r) => ({ table: r.file.replace(/\.csv$/, ''), date: r.date, columns: r.columns }));
  return dataPackage(book, meanings, released, {
    title: t.data.datasetName,
    description: t.data.intro,
    homepage: absolute(dataPageHref('en')),
    version: facts.version,
    created: facts.modified,
    titles: t.site.tableFiles,
  });
}

/** The schema.org Dataset block of /data/ and /strikes/, in the edition's words. */
export async function datasetBlock(lang: Lang) {
  const t = strings(lang);
  const facts = await datasetFacts(lang);
  const story = await edition(lang);
  return datasetJsonLd({
    name: t.data.datasetName,
    description: t.data.intro,
    url: absolute(dataPageHref(lang)),
    inLanguage: t.locale,
    creator: story.byline.replace(/^(By|Por)\s+/, ''),
    version: facts.version,
    dateModified: facts.modified,
    temporalCoverage: `${facts.from}/${facts.to}`,
    spatialCoverage: t.data.spatial,
    distribution: [
      ...Object.values(TABLE_FILES).map((file) => ({ name: t.site.tableFiles[file.replace(/\.csv$/, '')] ?? file, url: absolute(dataHref(file)), format: 'text/csv' })),
      { name: t.data.packageName, url: absolute(dataHref('datapackage.json')), format: 'application/json' },
    ],
  });
}
