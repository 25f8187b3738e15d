import { createHash } from 'node:crypto';
import { PROPS_DIR } from '$lib/build/headers';
import type { Tables } from '$lib/data/load';
import type { Lang } from '$lib/i18n';
import type { Strings } from '$lib/i18n/en';
import { assetHref } from '$lib/paths';
import { figure } from './registry';
import type { StepState } from './types';
import { builtWords } from './words';

/** What the build makes of one figure for a run of steps: the component's props and each step's text alternative. */
export interface BuiltFigure {
  props: { data: unknown } & Record<string, unknown>;
  descriptions: string[];
}

// The island and each step's note ask for the same section: built once per tables, figure, end,
// steps and edition (a new Tables object, as the dev server makes per request, starts afresh).
const built = new WeakMap<Tables, Map<string, BuiltFigure>>();

/**
 * Build time: figure `id` for a section showing `states`, from the tables cut at `end`. One place
 * makes both the island's props and the text alternatives, so what a screen reader hears and what
 * the figure draws cannot disagree.
 */
export function buildFigure(id: string, t: Tables, end: string, states: StepState[], s: Strings, section?: StepState[]): BuiltFigure {
  const byTables = built.get(t) ?? new Map<string, BuiltFigure>();
  built.set(t, byTables);
  const key = `${s.lang} ${id} ${end} ${JSON.stringify(states)} ${section ? JSON.stringify(section) : ''}`;
  let made = byTables.get(key);
  if (!made) {
    const f = figure(id);
    const words = builtWords(id, s.lang as Lang);
    const props = f.props(t, end, states, s, words, section);
    made = { props, descriptions: states.map((state) => f.describe(props.data, state, s, words)) };
    byTables.set(key, made);
  }
  return made;
}

/** Each step's text alternative (see buildFigure). */
export function describeSteps(id: string, t: Tables, end: string, states: StepState[], s: Strings): string[] {
  return buildFigure(id, t, end, states, s).descriptions;
}

/**
 * The props a hydrated figure is given, as the file the build writes for it
 * (src/pages/props/[file].ts) and the island fetches (src/components/story/islands.ts): its
 * build-time props, its states (their one home among the page's files: the engine and the embed
 * only say which index), and the index it opens at. Named by its content, so it is cached for
 * good, and the page that links it and the route that writes it agree by construction.
 * `t` and `end`: the edition's tables and the date they are cut at (src/components/story/islandFiles.ts).
 */
export function islandProps(figure: string, t: Tables, end: string, states: StepState[], index: number, s: Strings): { name: string; href: string; body: string } {
  const { props, descriptions } = buildFigure(figure, t, end, states, s);
  // A hydrated map draws its land once hydrated, after the first paint (see FigureProps.deferLand).
  const body = JSON.stringify({ ...props, descriptions, states, index, deferLand: true });
  const name = `${figure}.${createHash('sha256').update(body).digest('hex').slice(0, 10)}.json`;
  return { name, href: assetHref(`${PROPS_DIR}/${name}`), body };
}
