import type { z } from 'astro/zod';
import type { Tables } from '$lib/data/load';
import type { Lang } from '$lib/i18n';
import type { FigureWords, Strings } from '$lib/i18n/en';
import type { StoryFacts } from '$lib/story/checkStory';

/** A step's props as the writer wrote them in MDX: the figure's state for that step. */
export type StepState = Record<string, string>;

/**
 * What a figure's component receives. A figure is pure: data and state in, SVG out. It never
 * follows the scroll engine; the host (src/components/scrolly/figureHost.svelte.ts) does, and
 * hands it the active step's state, index and whether to land without animating.
 */
export interface FigureProps<Data, State, Words = undefined> {
  data: Data;
  /** The state to show: the active step's props. */
  state: State;
  /** The active step's position in its section (for geometry laid out per step at build time). */
  index: number;
  /** True on a first paint, a reload or a long jump: show the state without animating. */
  instant: boolean;
  /**
   * Each step's text alternative, by index, written at build time by the figure's `describe`:
   * the words a screen reader hears, without the code that writes them shipping to readers.
   */
  descriptions: string[];
  /** The edition's formats and the vocabulary figures share (sea names, actors); not the page's words: those stay on the server. */
  t: FigureWords;
  /** The figure's own words in the edition's language: the default export of its folder's `words.<lang>.ts` (what it shows), if it has them. */
  words: Words;
  /**
   * Maps only: draw the land once hydrated, not in the server's HTML (a <noscript> copy keeps it
   * for readers without JavaScript). A <use> of an external file is fetched the moment the HTML
   * parser meets it, so in a hydrated figure the basemap would compete with the first paint.
   */
  deferLand?: boolean;
}

/**
 * The rows a `<DataTable figure="…">` lists under the figure: one of the tables the site loads
 * (`Tables`), so a new figure names its table without editing this file. DataTable.astro draws
 * the strikes and the deployments, and stops the build naming the figure for any other.
 */
export type FigureTable = keyof Tables;

/**
 * One figure, as its folder declares it in `index.ts` and `registry.ts` lists it. The component
 * is the folder's `Figure.svelte`, found by name (the client loads it on its own).
 */
export interface FigureDefinition<Data = unknown, State = StepState, Words = undefined> {
  /** What the figure is called, for screen readers and the embed page, in each edition. */
  label: Record<Lang, string>;
  /** The props a <Step> may carry for this figure; a wrong one fails the build at its line. */
  schema: z.ZodObject;
  /** Problems with a valid-looking state that only the data can reveal (unknown ids, dates out of range). */
  check?: (state: Record<string, unknown>, facts: StoryFacts) => string[];
  /**
   * Build time only: the component's props besides its state, for a section showing `states`,
   * from the tables cut at `end` (the as-of date, or the last row for the update), with any words
   * the data carries (map labels) already in the edition's language `words`. `section`: every
   * state of the section, when `states` is one step of it (a copy for readers without JavaScript),
   * so the copy spans the same dates as the section's own figure.
   */
  props: (t: Tables, end: string, states: State[], s: Strings, words: Words, section?: State[]) => { data: Data } & Record<string, unknown>;
  /** The figure at one state, in words: its text alternative (`words`: all of its folder's `words.<lang>.ts`, its default and `atBuild` exports, if any). */
  describe: (data: Data, state: State, t: Strings, words: Words) => string;
  /** The table `<DataTable figure="…">` shows; a figure without one refuses the tag. */
  table?: FigureTable;
}

/** Declares a figure with its types checked, then erased: the registry holds figures of every shape. */
export function defineFigure<Data, State, Words = undefined>(figure: FigureDefinition<Data, State, Words>): FigureDefinition {
  return figure as unknown as FigureDefinition;
}
