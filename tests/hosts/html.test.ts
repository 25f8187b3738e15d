import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

/** Every built page passes the Nu Html Checker (the W3C validator, run locally from npm's vnu-jar). */
const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

describe('valid HTML', () => {
  test('every page of dist/ has zero Nu Html Checker errors', { timeout: 120_000 }, () => {
    expect(existsSync('dist/index.html'), 'run `npm run build` first').toBe(true);
    const files = htmlFiles('dist');
    expect(files.length).toBeGreaterThanOrEqual(19);
    const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', timeout: 110_000 });
    expect(run.error, 'java must be installed (tests/ensure-tools.sh installs it)').toBeUndefined();
    const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url: string; lastLine: number; message: string }[] };
    const errors = messages.filter((m) => m.type !== 'info').map((m) => `${m.url.replace(/^file:.*?dist\//, 'dist/')}:${m.lastLine} ${m.message}`);
    expect(errors).toEqual([]);
  });

  test('the checker does catch an error (so a pass means something)', { timeout: 60_000 }, () => {
    const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--errors-only', '-'], {
      input: '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>',
      encoding: 'utf8',
    });
    const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: { type: string }[] };
    expect(messages.filter((m) => m.type === 'error').length).toBeGreaterThan(0);
  });
});
