import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * What a writer sees when they break something: `npm run build` on a copy of the project with
 * one slip in it must fail, and say where.
 */
const ROOT = process.cwd();
const copies: string[] = [];

function buildWith(edit: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'story-build-'));
  copies.push(dir);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'svelte.config.js']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  edit(dir);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function replaceIn(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run build stops on a writer slip and says where', () => {
  test('a corrupted CSV cell: file, row and field', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => replaceIn(dir, 'content/data/strikes.csv', '\nS005,2025-10-14,2025-10-14,2025-10-14,caribbean,', '\nS005,2025-10-14,2025-10-14,2025-10-14,atlantic,'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/data\/strikes\.csv, row 5 \(line 6, id S005\), field "region": expected one of "caribbean", "eastern_pacific", "unknown", got "atlantic"/);
  });

  test('a step prop the figure does not accept: MDX file, line and prop', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => replaceIn(dir, 'content/story/01-strikes.mdx', 'highlight="survivors"', 'highlight="rescued"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/story\/01-strikes\.mdx:\d+:3 <Step> \(figure "casualties"\): prop "highlight": expected one of "survivors", "eastern_pacific", "caribbean", got "rescued"/);
  });

  test('a missing frontmatter field: the MDX file and the field', { timeout: 120_000 }, () => {
    const { status, output } = buildWith((dir) => replaceIn(dir, 'content/story/02-legal.mdx', 'slug: legal\n', ''));
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-legal\.mdx/);
    expect(output).toMatch(/slug/);
  });
});
