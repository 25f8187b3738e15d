import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { LICENCE } from '$lib/data/datapackage';
import { latestRelease } from '$lib/data/versions';
import type { Release } from '$lib/data/schemas';
import { loadTable } from '$lib/data/load';
import { strings } from '$lib/i18n';

/**
 * CITATION.cff at the root names the data's latest release, so a citation manager (or GitHub's
 * "Cite this repository") cites the version readers download. A new release without it fails here,
 * saying what to change.
 */
function citationProblems(cffText: string, releases: readonly Release[]): string[] {
  const cff = parse(cffText) as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of ['cff-version', 'message', 'title', 'authors']) if (!cff[key]) problems.push(`CITATION.cff: no ${key}`);
  if (cff.type !== 'dataset') problems.push(`CITATION.cff: type is "${cff.type}"; set type: dataset`);
  if (cff.license !== LICENCE.name) problems.push(`CITATION.cff: license is "${cff.license}"; set license: ${LICENCE.name}, the licence /data/ states`);
  const latest = latestRelease(releases, 'strikes');
  if (latest && (String(cff.version) !== latest.date || String(cff['date-released']) !== latest.date))
    problems.push(
      `CITATION.cff: version "${cff.version}" and date-released "${cff['date-released']}", but the latest release in content/data/releases.csv is ${latest.id} of ${latest.date}: set version: "${latest.date}" and date-released: "${latest.date}"`,
    );
  return problems;
}

const release = (id: string, date: string): Release => ({ id, date, table: 'strikes', rows: 57, fingerprint: '0'.repeat(12), note: 'x' });
const cff = (version: string) => `cff-version: 1.2.0\nmessage: cite\ntitle: t\nauthors:\n  - name: a\ntype: dataset\nlicense: CC-BY-4.0\nversion: "${version}"\ndate-released: "${version}"\n`;

describe('CITATION.cff', () => {
  test('a release newer than the citation is named, with the two lines to change', () => {
    expect(citationProblems(cff('2026-12-06'), [release('R03', '2026-12-06')])).toEqual([]);
    expect(citationProblems(cff('2026-12-06'), [release('R03', '2026-12-06'), release('R04', '2026-12-07')])).toEqual([
      'CITATION.cff: version "2026-12-06" and date-released "2026-12-06", but the latest release in content/data/releases.csv is R04 of 2026-12-07: set version: "2026-12-07" and date-released: "2026-12-07"',
    ]);
    expect(citationProblems(cff('2026-12-06').replace('type: dataset', 'type: software'), [release('R03', '2026-12-06')])).toEqual(['CITATION.cff: type is "software"; set type: dataset']);
  });

  test('the file at the root is a dataset, under the licence /data/ states, at the latest release, under the name the site cites', () => {
    const text = readFileSync('CITATION.cff', 'utf8');
    expect(citationProblems(text, loadTable('releases'))).toEqual([]);
    expect(parse(text).title).toBe(strings('en').data.datasetName);
  });
});
