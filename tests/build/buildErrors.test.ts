import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildEnv } from '../cleanEnv';
import { copyProject, replaceIn } from './projectCopy';

/**
 * What a writer sees when they break something: `npm run build` on a copy of the project with
 * one slip in it must fail, and say where.
 */
const copies: (() => void)[] = [];

function buildWith(edit: (dir: string) => void): { status: number | null; output: string } {
  const { dir, remove } = copyProject('story-build-');
  copies.push(remove);
  edit(dir);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: buildEnv(),
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => copies.forEach((remove) => remove()));

describe('npm run build stops on a writer slip and says where', () => {
  test('a corrupted CSV cell: file, row and field', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => replaceIn(dir, 'content/data/strikes.csv', '\nS005,2025-10-14,2025-10-14,2025-10-14,caribbean,', '\nS005,2025-10-14,2025-10-14,2025-10-14,atlantic,'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/strikes\.csv, row 5 \(line 6, id S005\), field "region": expected one of "caribbean", "eastern_pacific", "unknown", got "atlantic"/);
  });

  test('a published number changed without a line in the changes log: which release, and what to log', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => replaceIn(dir, 'content/data/strikes.csv', 'off the coast of Venezuela,1,6,0,', 'off the coast of Venezuela,1,7,0,'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/releases\.csv R\d+: strikes\.csv as released on \d{4}-\d{2}-\d{2} \(its first \d+ rows, with later changes undone\) now has fingerprint [0-9a-f]{12}, not [0-9a-f]{12}: a published cell was edited without a line in changes\.csv/);
  });

  test('a new strike row: one build asks for everything it needs, its release line and its Spanish words together', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => {
      const file = join(dir, 'content/data/strikes.csv');
      const text = readFileSync(file, 'utf8').trimEnd();
      const last = text.split('\n').at(-1)!;
      writeFileSync(file, `${text}\n${last.replace(/^S\d+,/, 'S999,')}\n`);
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/strikes\.csv has 1 row added since its release of \d{4}-\d{2}-\d{2}: add the line "R\d\d,<today, YYYY-MM-DD>,strikes,\d+,[0-9a-f]{12},<what changed, in English>" to releases\.csv, and the line "R\d\d,note,/);
    expect(output).toMatch(/content\/data\/es\.csv: no translation of S999 location_as_reported/);
  });

  test('a step prop the figure does not accept: MDX file, line and prop', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => replaceIn(dir, 'content/story/01-strikes.mdx', 'highlight="eastern_pacific"', 'highlight="rescued"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/story\/01-strikes\.mdx:\d+:3 <Step> \(figure "casualties"\): prop "highlight": expected one of "survivors", "eastern_pacific", "caribbean", got "rescued"/);
    // The line a writer sees in the file, frontmatter included.
    const line = readFileSync('content/story/01-strikes.mdx', 'utf8').split('\n').findIndex((l) => l.includes('highlight="eastern_pacific"')) + 1;
    expect(output).toContain(`content/story/01-strikes.mdx:${line}:3 <Step>`);
  });

  test('a missing frontmatter field: the MDX file and the field', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => replaceIn(dir, 'content/story/02-legal.mdx', 'slug: legal\n', ''));
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-legal\.mdx/);
    expect(output).toMatch(/slug/);
  });

  test('the Spanish edition drifting from the English: a step whose figure state differs, file and line on both sides', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => replaceIn(dir, 'content/story/es/02-legal.mdx', '<Step panel="frames" through="2025-11-10" focus="E014">', '<Step panel="frames" through="2025-11-10" focus="E022">'));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/story\/es\/02-legal\.mdx:\d+ step 2 of "legal" is <Step focus="E022" panel="frames" through="2025-11-10">; content\/story\/02-legal\.mdx:\d+ is <Step focus="E014" panel="frames" through="2025-11-10">/,
    );
  });

  test('the Spanish edition missing a step or a section', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => {
      const file = join(dir, 'content/story/es/05-union.mdx');
      const text = readFileSync(file, 'utf8');
      // Drop the last step of the section, text and all.
      const last = text.lastIndexOf('  <Step');
      writeFileSync(file, text.slice(0, last) + text.slice(text.indexOf('</Step>', last) + '</Step>\n'.length));
      rmSync(join(dir, 'content/story/es/06-takeaway.mdx'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/story\/es\/05-union\.mdx:\d+ <Scrolly figure="union"> has 4 steps; content\/story\/05-union\.mdx:\d+ has 5/);
    expect(output).toMatch(/content\/story\/06-takeaway\.mdx: section "takeaway" has no es twin/);
  });
});
