import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnv } from '../cleanEnv';
import { freePort } from '../ports';
import { copyProject } from './projectCopy';

/**
 * The writers' loop: `npm run dev` on a copy of the project, the story open in Chromium, and a
 * writer saving files. A table edit reaches the open page without a restart; a bad cell is named
 * in the browser (file, row, field, what was expected) and the page comes back once it is fixed.
 */
// A free port (tests/ports.ts); the address is read back from the server's log, should it move on.
let URL = '';
let project: ReturnType<typeof copyProject>;
let server: ChildProcess;
let log = '';
let browser: Browser;
let page: Page;

const file = (name: string) => join(project.dir, name);
function save(name: string, from: string, to: string) {
  const text = readFileSync(file(name), 'utf8');
  if (!text.includes(from)) throw new Error(`${name} does not contain ${from}`);
  writeFileSync(file(name), text.replace(from, to));
}
/** The story's first paragraph, which states the toll from the data. */
const lead = () => page.locator('#strikes .prose > p').first();
/** The text of Astro's error overlay in the open page, or "" when there is none. */
const overlay = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content, .message')?.textContent ?? document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');

beforeAll(async () => {
  project = copyProject('story-dev-');
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(await freePort())], { cwd: project.dir, env: buildEnv() });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  for (let i = 0; i < 300 && !(URL = /http:\/\/localhost:\d+\//.exec(log)?.[0] ?? ''); i++) await new Promise((r) => setTimeout(r, 200));
  for (let i = 0; i < 300 && !(await fetch(URL).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.goto(URL);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  project?.remove();
});

describe('npm run dev, as a writer saves', () => {
  test('a corrected number in a table shows in the open page, without a restart', { timeout: 120_000 }, async () => {
    const before = Number(/killed (\d+) people/.exec((await lead().textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThan(0);
    // S005 killed six; a writer corrects it to seven.
    save('content/data/strikes.csv', ',international waters just off the coast of Venezuela,1,6,', ',international waters just off the coast of Venezuela,1,7,');
    await expect.poll(async () => lead().textContent(), { timeout: 60_000 }).toContain(`killed ${before + 1} people`);
  });

  test('a bad cell is named in the browser, and the page comes back when it is fixed', { timeout: 180_000 }, async () => {
    save('content/data/strikes.csv', 'S005,2025-10-14,2025-10-14,2025-10-14,caribbean,', 'S005,2025-10-14,2025-10-14,2025-10-14,atlantic,');
    await expect.poll(overlay, { timeout: 60_000 }).toContain(
      'content/data/strikes.csv, row 5 (line 6, id S005), field "region": expected one of "caribbean", "eastern_pacific", "unknown", got "atlantic"',
    );
    save('content/data/strikes.csv', 'S005,2025-10-14,2025-10-14,2025-10-14,atlantic,', 'S005,2025-10-14,2025-10-14,2025-10-14,caribbean,');
    await expect.poll(overlay, { timeout: 60_000 }).toBe('');
    await expect.poll(async () => lead().textContent(), { timeout: 60_000 }).toMatch(/killed \d+ people/);
    expect(server.exitCode, `the dev server stopped:\n${log}`).toBeNull();
  });

  test('a story edit shows, and a step prop the figure does not accept is named with its file and line', { timeout: 180_000 }, async () => {
    save('content/story/01-strikes.mdx', 'Since early September, the U.S. military', 'Since early September 2025, the U.S. military');
    await expect.poll(async () => lead().textContent(), { timeout: 60_000 }).toContain('Since early September 2025,');
    save('content/story/01-strikes.mdx', 'highlight="eastern_pacific"', 'highlight="rescued"');
    const line = readFileSync(file('content/story/01-strikes.mdx'), 'utf8').split('\n').findIndex((l) => l.includes('highlight="rescued"')) + 1;
    await expect.poll(overlay, { timeout: 60_000 }).toContain(`content/story/01-strikes.mdx:${line}:3 <Step> (figure "casualties"): prop "highlight"`);
    save('content/story/01-strikes.mdx', 'highlight="rescued"', 'highlight="eastern_pacific"');
    await expect.poll(overlay, { timeout: 60_000 }).toBe('');
    expect(server.exitCode, `the dev server stopped:\n${log}`).toBeNull();
  });
});
