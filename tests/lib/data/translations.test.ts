import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTables } from '../../../src/lib/data/load';
import { loadTranslations, localize, translatable } from '../../../src/lib/data/translations';
import { DataError } from '../../../src/lib/data/validate';
import { FIXTURE_DIR, fixtureTables } from '../../fixtures/tables';

/** The Spanish words of the data: complete, current, and never touching a number. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project root holding the fixture es.csv (the Spanish of the fixture rows), edited as a translator's slip would. */
function withEs(edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'es-'));
  dirs.push(root);
  mkdirSync(join(root, 'content/data'), { recursive: true });
  const file = join(root, 'content/data/es.csv');
  copyFileSync(join(FIXTURE_DIR, 'es.csv'), file);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return root;
}

function problems(root: string): string[] {
  try {
    loadTranslations(fixtureTables(), 'es', root);
    return [];
  } catch (e) {
    return (e as DataError).problems;
  }
}

// Live data: the committed es.csv against the committed tables is the subject.
describe('content/data/es.csv', () => {
  it('translates every word of the data a reader sees, and localize() swaps words, never numbers or dates', () => {
    const t = loadTables();
    const tr = loadTranslations(t, 'es');
    expect(tr.size).toBe(translatable(t).size);
    const es = localize(t, tr);
    const e14 = es.events.find((e) => e.id === 'E014')!;
    expect(e14.label).not.toBe(t.events.find((e) => e.id === 'E014')!.label);
    expect(e14.date).toBe(t.events.find((e) => e.id === 'E014')!.date);
    expect(es.strikes.map((s) => [s.id, s.killed, s.survivors, s.strike_date])).toEqual(t.strikes.map((s) => [s.id, s.killed, s.survivors, s.strike_date]));
    expect(es.deployments.map((d) => d.count)).toEqual(t.deployments.map((d) => d.count));
  });
});

describe('loadTranslations', () => {
  it('reads a complete translation and swaps the words, the derived dispute included', () => {
    const t = fixtureTables();
    const es = localize(t, loadTranslations(t, 'es', withEs((s) => s)));
    expect(es.events.find((e) => e.id === 'E014')!.label).toBe('Expertos de la ONU: ejecuciones extrajudiciales');
    expect((es.strikes.find((s) => s.id === 'S004') as { dispute?: string }).dispute).toBe('Petro dijo que era una lancha colombiana con colombianos a bordo');
    expect(es.strikes.map((s) => s.killed)).toEqual(t.strikes.map((s) => s.killed));
  });

  it('fails when the English a translation was made from has changed (stale), naming line and cell', () => {
    const root = withEs((s) => s.replace('\nE014,label,U.N. experts: extrajudicial executions,', '\nE014,label,U.N. experts: executions,'));
    expect(problems(root)).toEqual([expect.stringMatching(/^content\/data\/es\.csv, line \d+ \(E014 label\): stale, the English is now "U\.N\. experts: extrajudicial executions"/)]);
  });

  it('fails when a translation is missing, empty, or for a cell that does not exist', () => {
    const root = withEs((s) => s.replace(/\nE014,label,[^\n]*/, '').replace(/\nE022,label,([^,\n]*),[^\n]*/, '\nE022,label,$1,').concat('E999,label,Nothing,Nada\n'));
    const p = problems(root);
    expect(p).toContainEqual('content/data/es.csv: no translation of E014 label; add the line E014,label,U.N. experts: extrajudicial executions,<the Spanish>');
    expect(p).toContainEqual(expect.stringMatching(/\(E022 label\): empty translation$/));
    expect(p).toContainEqual(expect.stringMatching(/\(E999 label\): no such translatable cell/));
    expect(p).toHaveLength(3);
  });

  it('fails when a cell is translated twice', () => {
    const line = /\nE022,label,[^\n]*/.exec(readFileSync(join(FIXTURE_DIR, 'es.csv'), 'utf8'))![0];
    expect(problems(withEs((s) => s.concat(line.slice(1), '\n')))).toEqual([expect.stringMatching(/\(E022 label\): translated twice/)]);
  });
});
