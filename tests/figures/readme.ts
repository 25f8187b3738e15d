import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureStates } from '$lib/story/steps';

/** Where the figure folders are, from the repository's root (vitest runs there). */
export const FIGURES_DIR = 'src/figures';

/** Every folder under src/figures that declares a figure (an index.ts), registered or not. */
export const figureFolders = (): string[] =>
  readdirSync(FIGURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIGURES_DIR, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();

export const readmeOf = (id: string): string => readFileSync(join(FIGURES_DIR, id, 'README.md'), 'utf8');

/** One row of a README's props table: the prop, whether the row says it is required, and the values it lists in backticks. */
export interface PropRow {
  prop: string;
  required: boolean;
  values: string[];
}

/**
 * The table under the README's "## Step props" heading, `| prop | values | what it does |`: a
 * prop in backticks in the first cell, its values (each in backticks, for a prop with a fixed
 * list) in the second, "(required)" there for one a step must carry.
 */
export function propsTable(readme: string): PropRow[] {
  const section = /^## Step props\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
  if (!section) throw new Error('no "## Step props" section');
  const rows = section.split('\n').filter((l) => /^\|\s*`/.test(l));
  return rows.map((row) => {
    const [prop, values] = row.split('|').slice(1).map((c) => c.trim());
    return {
      prop: /^`([^`]+)`$/.exec(prop)?.[1] ?? prop,
      required: /\(required\)/.test(values),
      values: [...values.matchAll(/`([^`]+)`/g)].map((m) => m[1]),
    };
  });
}

/** The states of the README's example steps: its ```mdx block read as the build reads a story section. */
export function exampleStates(id: string, readme = readmeOf(id)): Record<string, string>[] {
  const blocks = [...readme.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]);
  return figureStates(blocks, id);
}
