import type { z } from 'astro/zod';
import { eachTag, parseTags, TagSyntaxError, type Tag } from './tags';
import { TAGS, type TagName } from './vocabulary';
import { STRIKE_ID } from '../data/fields';

/** What a figure contributes to the check: its state schema and the data-dependent rules. */
export interface FigureSpec<C = unknown> {
  schema: z.ZodObject;
  /** Problems with a valid-looking state that only the data can reveal (unknown ids, dates out of range). */
  check?: (state: Record<string, unknown>, ctx: C) => string[];
  /** Whether `<DataTable figure="…">` may name it: the figure has rows to list. */
  table?: string;
}

interface StoryCheckContext {
  figures: Record<string, FigureSpec<StoryFacts>>;
  facts: StoryFacts;
}

export interface StoryFacts {
  /** The story's as-of date: steps of story sections must not go past it. */
  asOf: string;
  /** Every row id in the data tables, for <Cite> and figure props. */
  rows: ReadonlyMap<string, { date: string | null; label?: string; announced?: string }>;
  /** The section's kind (frontmatter): the update may use scope="since". */
  kind: string;
}

function propsProblems(schema: z.ZodObject, props: Record<string, string | true>): string[] {
  const problems: string[] = [];
  const accepted = Object.keys(schema.shape);
  for (const key of Object.keys(props)) {
    if (!accepted.includes(key)) {
      problems.push(
        `prop "${key}" is not accepted; ${accepted.length ? `the props are ${accepted.map((a) => `"${a}"`).join(', ')}` : 'it takes no props'}`,
      );
    }
  }
  const result = schema.safeParse(Object.fromEntries(Object.entries(props).filter(([k]) => accepted.includes(k))));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      const got = props[key];
      problems.push(
        got === undefined ? `prop "${key}" is required: ${issue.message}` : `prop "${key}": ${issue.message}, got "${got === true ? '(no value)' : got}"`,
      );
    }
  }
  return problems;
}

/**
 * Check one MDX section against the vocabulary. Returns every problem as
 * "file:line:column <Tag>: what is wrong, what was expected", or [] when it is fine.
 */
export function checkStory(file: string, source: string, ctx: StoryCheckContext): string[] {
  let tags: Tag[];
  try {
    tags = parseTags(source);
  } catch (e) {
    if (e instanceof TagSyntaxError) return [`${file}:${e.line}:${e.column} ${e.message}`];
    throw e;
  }
  const problems: string[] = [];
  // The <Scrolly> each tag sits in, if any.
  const scrollyOf = new Map<Tag, Tag | null>();

  for (const { tag, parent } of eachTag(tags)) {
    const scrolly = parent === null ? null : parent.name === 'Scrolly' ? parent : (scrollyOf.get(parent) ?? null);
    scrollyOf.set(tag, scrolly);
    const at = `${file}:${tag.line}:${tag.column} <${tag.name}>`;
    const say = (msg: string) => problems.push(`${at}: ${msg}`);
    // Lower-case tags are HTML (<span lang="en">), which writers may use; components are capitalised.
    if (!/^[A-Z]/.test(tag.name)) continue;
    if (!(tag.name in TAGS)) {
      say(`is not a component writers can use; the components are ${Object.keys(TAGS).map((t) => `<${t}>`).join(', ')}`);
      continue;
    }
    const name = tag.name as TagName;
    for (const expr of tag.expressions) say(`${expr} is code; write props as text in double quotes, e.g. through="2025-10-03"`);

    if (name === 'Scrolly') {
      if (scrolly) say(`opens inside another <Scrolly> (line ${scrolly.line}); close that one first`);
      problems.push(...propsProblems(TAGS.Scrolly, tag.props).map((p) => `${at}: ${p}`));
      const id = tag.props.figure;
      if (typeof id === 'string' && !(id in ctx.figures)) {
        say(`figure "${id}" does not exist; the figures are ${Object.keys(ctx.figures).map((f) => `"${f}"`).join(', ')}`);
      }
      if (!tag.children.some((c) => c.name === 'Step')) say('this <Scrolly> has no <Step>; a scrolly section needs at least one');
    } else if (name === 'Step') {
      if (!scrolly) {
        say('must be inside a <Scrolly figure="…"> … </Scrolly>');
        continue;
      }
      const figure = scrolly.props.figure;
      if (typeof figure !== 'string' || !(figure in ctx.figures)) continue;
      const spec = ctx.figures[figure];
      const own = propsProblems(spec.schema, tag.props);
      const where = `${at} (figure "${figure}")`;
      problems.push(...own.map((p) => `${where}: ${p}`));
      if (own.length === 0 && spec.check) problems.push(...spec.check(tag.props as Record<string, string>, ctx.facts).map((p) => `${where}: ${p}`));
    } else {
      problems.push(...propsProblems(TAGS[name], tag.props).map((p) => `${at}: ${p}`));
      const { rows, kind } = ctx.facts;
      if (name === 'Cite' && typeof tag.props.row === 'string' && /^[SEDTVG]\d+$/.test(tag.props.row) && !rows.has(tag.props.row)) {
        say(`row "${tag.props.row}" is not in content/data; check the id column of the table`);
      }
      if (name === 'Value' && typeof tag.props.row === 'string' && /^[TG]\d{2}$/.test(tag.props.row) && !rows.has(tag.props.row)) {
        say(`row "${tag.props.row}" is not in content/data/troop_levels.csv or facts.csv`);
      }
      if (name === 'Count') {
        if (typeof tag.props.strike === 'string' && STRIKE_ID.test(tag.props.strike) && !rows.has(tag.props.strike)) {
          say(`strike "${tag.props.strike}" is not in content/data/strikes.csv`);
        }
        if (tag.props.scope === 'since' && kind !== 'update') say('scope="since" belongs in the update section (kind: update) only');
        if (kind !== 'update' && typeof tag.props.through === 'string' && tag.props.through > ctx.facts.asOf) {
          say(`prop "through": expected a date on or before the story's as-of date (${ctx.facts.asOf}), got "${tag.props.through}"`);
        }
      }
      if (name === 'DataTable' && typeof tag.props.figure === 'string') {
        const spec = ctx.figures[tag.props.figure];
        const tabled = Object.keys(ctx.figures).filter((f) => ctx.figures[f].table);
        if (!spec) say(`figure "${tag.props.figure}" does not exist; the figures with a data table are ${tabled.map((f) => `"${f}"`).join(', ')}`);
        else if (!spec.table) say(`figure "${tag.props.figure}" has no data table; the figures with one are ${tabled.map((f) => `"${f}"`).join(', ')}`);
      }
    }
  }
  return problems;
}
