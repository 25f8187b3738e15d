import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { triggerLine } from '$lib/scrolly/activeStep';
import { buildEnv } from '../cleanEnv';
import { serveDir } from '../ports';
import { copyProject, replaceIn } from './projectCopy';

/**
 * Adding a figure is one folder and one line in src/figures/registry.ts. On a copy of the
 * project, a minimal figure ("dots": one dot per strike announced by the step's date) is added
 * that way, with its words in its folder (words.en.ts, words.es.ts: what it shows, and what only
 * the build writes) and its README (its step props, an example), and used in the story; no other
 * file of the project is edited. The build validates its steps, renders it on the server, in the
 * static edition and as an embed, in both editions with its own words; the browser hydrates it
 * and moves it step to step; and the project's own figure tests (the README's props against its
 * schema, the registry's checks of every figure) take it in unedited.
 */
const FOLDER = {
  'index.ts': `import { z } from 'astro/zod';
import { announcedBy, announcedOn } from '$lib/casualties';
import { isoDate } from '$lib/data/fields';
import { checkThrough } from '../checks';
import { defineFigure } from '../types';

export const dotsState = z.object({ through: isoDate });
export type DotsState = z.output<typeof dotsState>;
export interface DotsData { announced: string[] }

export const shown = (data: DotsData, state: DotsState) => data.announced.filter((d) => d <= state.through).length;

/** Its words: what it shows (words.<lang>.ts's default), and what only the build writes (its atBuild). */
export interface DotsShown { dots: string; through: string }
export interface DotsWords extends DotsShown { headline: (date: string) => string; said: (n: string) => string }

export default defineFigure<DotsData, DotsState, DotsWords>({
  label: { en: 'Dots: one per strike', es: 'Puntos: uno por ataque' },
  schema: dotsState,
  check: checkThrough,
  props: (t, end) => ({ data: { announced: announcedBy(t.strikes, end).map(announcedOn) } }),
  describe: (data, state, t, words) => words.said(t.number(shown(data, state))),
});
`,
  'words.en.ts': `export default { dots: 'dots', through: 'through' };
export const atBuild = { headline: (date: string) => \`Dots through \${date}\`, said: (n: string) => \`Chart of \${n} dots said aloud\` };
`,
  'words.es.ts': `export default { dots: 'puntos', through: 'hasta el' };
export const atBuild = { headline: (date: string) => \`Puntos hasta el \${date}\`, said: (n: string) => \`Gráfico de \${n} puntos dicho en voz alta\` };
`,
  'README.md': `# dots: one dot per strike

One dot for each strike announced by the step's date.

## Step props

| prop | values | what it does |
| --- | --- | --- |
| \`through\` | a date, \`YYYY-MM-DD\` (required) | strikes announced on or before this day are counted |

## Example

\`\`\`mdx
<Scrolly figure="dots">
  <Step through="2025-10-03">

  By Oct. 3, four strikes.

  </Step>
</Scrolly>
\`\`\`
`,
  'Figure.svelte': `<script lang="ts">
  import type { FigureProps } from '../types';
  import { shown, type DotsData, type DotsShown, type DotsState } from './index';
  let { data, state, index, descriptions, t, words }: FigureProps<DotsData, DotsState, DotsShown> = $props();
</script>

<p class="dots" role="img" aria-label={descriptions[index]}>{t.number(shown(data, state))} {words.dots} {words.through} {t.date(state.through)}</p>
`,
};

const SECTION = (lead: string) => `
<Scrolly figure="dots">
  <Step through="2025-09-02">

  ${lead} one.

  </Step>
  <Step through="2025-10-03">

  ${lead} two.

  </Step>
</Scrolly>
`;

/** Every file of a copy but node_modules and the build's output, with a hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === '.astro') continue;
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

/** The files added, changed or removed between two snapshots. */
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();

function withDots(dir: string) {
  mkdirSync(join(dir, 'src/figures/dots'));
  for (const [name, text] of Object.entries(FOLDER)) writeFileSync(join(dir, 'src/figures/dots', name), text);
  replaceIn(dir, 'src/figures/registry.ts', "  'union',\n", "  'union',\n  'dots',\n");
  appendFileSync(join(dir, 'content/story/01-strikes.mdx'), SECTION('Dots'));
  appendFileSync(join(dir, 'content/story/es/01-strikes.mdx'), SECTION('Puntos'));
}

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function build(edit: (dir: string) => void) {
  const project = copyProject('story-figure-');
  cleanups.push(project.remove);
  edit(project.dir);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: project.dir, encoding: 'utf8', env: buildEnv(), timeout: 180_000 });
  return { dir: project.dir, status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('a new figure: one folder, one registry line', () => {
  test('its steps are checked against its own schema, and it has no data table', { timeout: 180_000 }, () => {
    const { status, output } = build((dir) => {
      withDots(dir);
      replaceIn(dir, 'content/story/01-strikes.mdx', '<Step through="2025-10-03">\n\n  Dots two.', '<Step through="2025-10-03" colour="red">\n\n  Dots two.');
      appendFileSync(join(dir, 'content/story/01-strikes.mdx'), '\n<DataTable figure="dots" />\n');
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/story\/01-strikes\.mdx:\d+:3 <Step> \(figure "dots"\): prop "colour" is not accepted; the props are "through"/);
    expect(output).toMatch(/<DataTable>: figure "dots" has no data table/);
  });

  test('it is rendered on the server, in the static edition and as an embed, and hydrates and follows the steps', { timeout: 300_000 }, async () => {
    let before = new Map<string, string>();
    let after = new Map<string, string>();
    const registry = { before: '', after: '' };
    const { dir, status, output } = build((copy) => {
      before = snapshot(copy);
      registry.before = readFileSync(join(copy, 'src/figures/registry.ts'), 'utf8');
      withDots(copy);
      registry.after = readFileSync(join(copy, 'src/figures/registry.ts'), 'utf8');
      after = snapshot(copy);
    });
    // One folder and one registry line; the only other files touched are the story's, which use it.
    expect(changed(before, after)).toEqual(
      [...Object.keys(FOLDER).map((f) => `src/figures/dots/${f}`), 'src/figures/registry.ts', 'content/story/01-strikes.mdx', 'content/story/es/01-strikes.mdx'].sort(),
    );
    const lines = (text: string) => text.split('\n');
    expect(lines(registry.after).filter((l) => !lines(registry.before).includes(l))).toEqual(["  'dots',"]);
    expect(lines(registry.after).length).toBe(lines(registry.before).length + 1);

    expect(status, output).toBe(0);
    const story = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(story).toMatch(/<p class="dots[^"]*"[^>]*>1 dots through Sept\. 2, 2025<\/p>/);
    expect(story).toContain('aria-label="Dots: one per strike"');
    // Its text alternative, written at build time from its folder's atBuild words.
    expect(story).toContain('aria-label="Chart of 1 dots said aloud"');
    const staticEdition = readFileSync(join(dir, 'dist/static/index.html'), 'utf8');
    expect(staticEdition).toMatch(/dots through Oct\. 3, 2025/);
    expect(existsSync(join(dir, 'dist/embed/dots/index.html'))).toBe(true);
    // The embed's headline, from its folder too, in each edition.
    expect(readFileSync(join(dir, 'dist/embed/dots/index.html'), 'utf8')).toMatch(/<h1[^>]*>Dots through [A-Z][a-z]+\.? \d{1,2}, \d{4}<\/h1>/);
    expect(readFileSync(join(dir, 'dist/es/embed/dots/index.html'), 'utf8')).toMatch(/<h1[^>]*>Puntos hasta el \d{1,2} de [a-z]+ de \d{4}<\/h1>/);
    // Its own words, from its folder, in each edition.
    const esStory = readFileSync(join(dir, 'dist/es/index.html'), 'utf8');
    expect(esStory).toMatch(/1 puntos hasta el 2 de septiembre de 2025/);
    expect(esStory).toContain('aria-label="Gráfico de 1 puntos dicho en voz alta"');
    // What only the build writes never ships: no script carries the atBuild words.
    const scripts = readdirSync(join(dir, 'dist/_astro')).filter((f) => f.endsWith('.js'));
    expect(scripts.filter((f) => /said aloud|en voz alta/.test(readFileSync(join(dir, 'dist/_astro', f), 'utf8')))).toEqual([]);

    // The project's figure tests take the new figure in as they stand: its README's props table
    // against its schema, its README's example steps drawn and described in both editions.
    for (const entry of ['tests', 'vitest.config.ts']) cpSync(join(process.cwd(), entry), join(dir, entry), { recursive: true });
    const figureTests = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=verbose', 'tests/figures/readme.test.ts', 'tests/figures/registry.test.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: buildEnv(),
      timeout: 180_000,
    });
    expect(figureTests.status, `${figureTests.stdout}\n${figureTests.stderr}`).toBe(0);
    expect(figureTests.stdout).toMatch(/src\/figures\/dots\/README\.md > its props table lists the props of state\.ts/);
    expect(figureTests.stdout).toMatch(/registry\.test\.ts > dots > what a screen reader hears at each step/);

    const { origin, server } = await serveDir(join(dir, 'dist'));
    cleanups.push(() => server.kill());
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    cleanups.push(() => void browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    const island = page.locator('[data-island="dots"]');
    // Scroll the second dots step just past the engine's trigger line (the island hydrates as its section nears, islands.ts).
    await page.evaluate((trigger) => {
      const steps = document.querySelector('[data-island="dots"]')!.closest('[data-scrolly]')!.querySelectorAll('[data-step]');
      const top = steps[1].getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - trigger * window.innerHeight + 20, behavior: 'instant' });
    }, triggerLine(1280));
    await expect.poll(() => island.getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('');
    await expect.poll(() => island.locator('.dots').textContent(), { timeout: 10_000 }).toMatch(/^\d+ dots through Oct\. 3, 2025$/);
    expect(errors).toEqual([]);
    // The Spanish page hydrates it with its Spanish words.
    const es = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await es.goto(`${origin}/es/`);
    await es.locator('[data-island="dots"]').evaluate((el) => el.closest('[data-scrolly]')!.scrollIntoView());
    await expect.poll(() => es.locator('[data-island="dots"]').getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('');
    expect(await es.locator('[data-island="dots"] .dots').textContent()).toMatch(/^1 puntos hasta el 2 de septiembre de 2025$/);
  });
});
