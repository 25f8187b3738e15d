import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnv } from '../cleanEnv';
import { copyProject } from './projectCopy';

/**
 * An editor withdraws a strike record: one line in content/data/withdrawals.csv and its Spanish
 * in es.csv. The built site must stop counting it and keep saying what became of it: its page,
 * the feeds, the log, the list's note; the released files keep its row. (The live table has no
 * withdrawal, so a copy of the project gets one.)
 */
const GONE = 'S056';
const INTO = 'S055';
const WHY = 'The reports of this strike describe the strike announced May 29.';
const POR_QUE = 'Los informes de este ataque describen el ataque anunciado el 29 de mayo.';

let dir = '';
let remove = () => {};
const read = (file: string) => readFileSync(join(dir, 'dist', file), 'utf8');

beforeAll(() => {
  ({ dir, remove } = copyProject('story-withdrawal-'));
  const source = readFileSync(join(dir, 'content/data/strikes.csv'), 'utf8').split('\n').find((l) => l.startsWith(`${GONE},`))!.match(/src-\d+/)![0];
  appendFileSync(join(dir, 'content/data/withdrawals.csv'), `W01,2026-12-08,${GONE},${INTO},${WHY},${source}\n`);
  appendFileSync(join(dir, 'content/data/es.csv'), `W01,why,${WHY},${POR_QUE}\n`);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, encoding: 'utf8', env: buildEnv(), timeout: 240_000 });
  if (run.status !== 0) throw new Error(`the build of the copy failed:\n${run.stdout}\n${run.stderr}`);
}, 300_000);
afterAll(() => remove());

describe('a withdrawn strike record, built', () => {
  test('no longer counts: the list and its data leave it out', () => {
    const rows = readFileSync(join(dir, 'content/data/strikes.csv'), 'utf8').trim().split('\n').length - 1;
    const list = read('strikes/list.json');
    expect(list).not.toContain(`"${GONE}"`);
    expect(list).toContain(`"${INTO}"`);
    const count = read('strikes/index.html').match(/data-tracker-count[^>]*>([^<]*)</)![1];
    expect(count).toMatch(new RegExp(`^${rows - 1} strikes`));
  });

  test('keeps its address, saying when, why and into which strike, in both editions', () => {
    const en = read(`strikes/${GONE.toLowerCase()}/index.html`);
    expect(en).toContain('Record withdrawn');
    expect(en).toContain('This record was withdrawn on Dec. 8, 2026.');
    expect(en).toContain(WHY);
    expect(en).toContain(`href="/strikes/${INTO.toLowerCase()}/"`);
    const es = read(`es/strikes/${GONE.toLowerCase()}/index.html`);
    expect(es).toContain('Registro retirado');
    expect(es).toContain(POR_QUE);
    expect(es).toContain(`href="/es/strikes/${INTO.toLowerCase()}/"`);
  });

  test('stays in the feeds, titled withdrawn and dated the day it was withdrawn', () => {
    const feed = JSON.parse(read('strikes/feed.json'));
    const item = feed.items.find((i: { url: string }) => i.url.endsWith(`/strikes/${GONE.toLowerCase()}/`));
    expect(item.title).toMatch(/^Withdrawn: /);
    expect(item.date_modified).toBe('2026-12-08T00:00:00Z');
    expect(item.content_text).toBe(`Why: ${WHY}`);
    expect(read('es/strikes/feed.atom')).toContain('<title>Retirado: ');
  });

  test('is in the log on its day and named under the list; its row stays in the released file', () => {
    expect(read('strikes/changes/index.html')).toContain(`data-withdrawn="${GONE}"`);
    expect(read('strikes/index.html')).toMatch(new RegExp(`data-withdrawn-note[^]*href="/strikes/${GONE.toLowerCase()}/"`));
    expect(read('data/strikes.csv').split('\n').some((l) => l.startsWith(`${GONE},`))).toBe(true);
    expect(existsSync(join(dir, 'dist/data/withdrawals.csv'))).toBe(true);
  });
});
