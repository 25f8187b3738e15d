import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { triggerLine } from '$lib/scrolly/activeStep';
import { buildEnv } from '../cleanEnv';
import { serveDir } from '../ports';
import { copyProject, replaceIn } from './projectCopy';

/**
 * Adding a figure is one folder and one line in src/figures/registry.ts. On a copy of the
 * project, a minimal figure ("dots": one dot per strike announced by the step's date) is added
 * that way, with its words in its folder (words.en.ts, words.es.ts), and used in the story; the
 * build validates its steps, renders it on the server, in the static edition and as an embed,
 * and the browser hydrates it and moves it step to step.
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

export interface DotsWords { dots: string; through: string }

export default defineFigure<DotsData, DotsState, DotsWords>({
  label: { en: 'Dots: one per strike', es: 'Puntos: uno por ataque' },
  schema: dotsState,
  check: checkThrough,
  props: (t, end) => ({ data: { announced: announcedBy(t.strikes, end).map(announcedOn) } }),
  describe: (data, state, t, words) => \`\${t.number(shown(data, state))} \${words.dots}\`,
});
`,
  'words.en.ts': `export default { dots: 'dots', through: 'through' };\n`,
  'words.es.ts': `export default { dots: 'puntos', through: 'hasta el' };\n`,
  'Figure.svelte': `<script lang="ts">
  import type { FigureProps } from '../types';
  import { shown, type DotsData, type DotsState, type DotsWords } from './index';
  let { data, state, t, words }: FigureProps<DotsData, DotsState, DotsWords> = $props();
</script>

<p class="dots">{t.number(shown(data, state))} {words.dots} {words.through} {t.date(state.through)}</p>
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

  test('it is rendered on the server, in the static edition and as an embed, and hydrates and follows the steps', { timeout: 240_000 }, async () => {
    const { dir, status, output } = build(withDots);
    expect(status, output).toBe(0);
    const story = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(story).toMatch(/<p class="dots[^"]*">1 dots through Sept\. 2, 2025<\/p>/);
    expect(story).toContain('aria-label="Dots: one per strike"');
    const staticEdition = readFileSync(join(dir, 'dist/static/index.html'), 'utf8');
    expect(staticEdition).toMatch(/dots through Oct\. 3, 2025/);
    expect(existsSync(join(dir, 'dist/embed/dots/index.html'))).toBe(true);
    // Its own words, from its folder, in each edition.
    expect(readFileSync(join(dir, 'dist/es/index.html'), 'utf8')).toMatch(/1 puntos hasta el 2 de septiembre de 2025/);

    const { origin, server } = await serveDir(join(dir, 'dist'));
    cleanups.push(() => server.kill());
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    cleanups.push(() => void browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    const island = page.locator('[data-island="dots"]');
    await expect.poll(() => island.getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('');
    // Scroll the second dots step just past the engine's trigger line.
    await page.evaluate((trigger) => {
      const steps = document.querySelector('[data-island="dots"]')!.closest('[data-scrolly]')!.querySelectorAll('[data-step]');
      const top = steps[1].getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - trigger * window.innerHeight + 20, behavior: 'instant' });
    }, triggerLine(1280));
    await expect.poll(() => island.locator('.dots').textContent(), { timeout: 10_000 }).toMatch(/^\d+ dots through Oct\. 3, 2025$/);
    expect(errors).toEqual([]);
    // The Spanish page hydrates it with its Spanish words.
    const es = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await es.goto(`${origin}/es/`);
    await expect.poll(() => es.locator('[data-island="dots"]').getAttribute('data-hydrated'), { timeout: 15_000 }).toBe('');
    expect(await es.locator('[data-island="dots"] .dots').textContent()).toMatch(/^1 puntos hasta el 2 de septiembre de 2025$/);
  });
});
