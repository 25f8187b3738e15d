import type { z } from 'astro/zod';
import { findTags, TagSyntaxError, type Tag } from './tags';
import { TAGS, type TagName } from './vocabulary';

/** What a figure contributes to the check: its state schema and the data-dependent rules. */
export interface FigureSpec<C = unknown> {
  schema: z.ZodObject;
  /** Problems with a valid-looking state that only the data can reveal (unknown ids, dates out of range). */
  check?: (state: Record<string, unknown>, ctx: C) => string[];
}

export interface StoryCheckContext {
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
    tags = findTags(source);
  } catch (e) {
    if (e instanceof TagSyntaxError) return [`${file}:${e.line}:${e.column} ${e.message}`];
    throw e;
  }
  const problems: string[] = [];
  let figure: string | null = null;
  let scrollyAt: Tag | null = null;
  let steps = 0;

  for (const tag of tags) {
    const at = `${file}:${tag.line}:${tag.column} <${tag.closing ? '/' : ''}${tag.name}>`;
    const say = (msg: string) => problems.push(`${at}: ${msg}`);
    if (!(tag.name in TAGS)) {
      say(`is not a component writers can use; the components are ${Object.keys(TAGS).map((t) => `<${t}>`).join(', ')}`);
      continue;
    }
    const name = tag.name as TagName;
    if (tag.closing) {
      if (name === 'Scrolly') {
        if (!scrollyAt) say('closes a <Scrolly> that was never opened');
        else if (steps === 0) say('this <Scrolly> has no <Step>; a scrolly section needs at least one');
        scrollyAt = null;
        figure = null;
      }
      continue;
    }
    for (const expr of tag.expressions) say(`${expr} is code; write props as text in double quotes, e.g. through="2025-10-03"`);

    if (name === 'Scrolly') {
      if (scrollyAt) say(`opens inside another <Scrolly> (line ${scrollyAt.line}); close that one first`);
      problems.push(...propsProblems(TAGS.Scrolly, tag.props).map((p) => `${at}: ${p}`));
      const id = tag.props.figure;
      if (typeof id === 'string' && !(id in ctx.figures)) {
        say(`figure "${id}" does not exist; the figures are ${Object.keys(ctx.figures).map((f) => `"${f}"`).join(', ')}`);
      }
      scrollyAt = tag;
      figure = typeof id === 'string' && id in ctx.figures ? id : null;
      steps = 0;
    } else if (name === 'Step') {
      if (!scrollyAt) {
        say('must be inside a <Scrolly figure="…"> … </Scrolly>');
        continue;
      }
      steps++;
      if (!figure) continue;
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
        if (typeof tag.props.strike === 'string' && /^S\d{3}$/.test(tag.props.strike) && !rows.has(tag.props.strike)) {
          say(`strike "${tag.props.strike}" is not in content/data/strikes.csv`);
        }
        if (tag.props.scope === 'since' && kind !== 'update') say('scope="since" belongs in the update section (kind: update) only');
        if (kind !== 'update' && typeof tag.props.through === 'string' && tag.props.through > ctx.facts.asOf) {
          say(`prop "through": expected a date on or before the story's as-of date (${ctx.facts.asOf}), got "${tag.props.through}"`);
        }
      }
      if (name === 'DataTable' && typeof tag.props.figure === 'string' && !(tag.props.figure in ctx.figures)) {
        say(`figure "${tag.props.figure}" does not exist`);
      }
    }
  }
  if (scrollyAt) problems.push(`${file}:${scrollyAt.line}:${scrollyAt.column} <Scrolly>: is never closed with </Scrolly>`);
  return problems;
}
