import type { Source } from '../data/schemas';
import { onlyWeak } from '../data/sources';
import { eachTag, parseTags } from './tags';

/**
 * The steps whose every citation rests only on sources of kind `other` (aggregators, state
 * media, blogs): the build lists them as warnings, so a writer finds a wire or official source
 * or says in the text whose claim it is. A step with no <Cite> is not listed.
 */
export function weaklySourcedSteps(
  file: string,
  source: string,
  rowSources: ReadonlyMap<string, readonly string[]>,
  bySource: ReadonlyMap<string, Source>,
): string[] {
  const out: string[] = [];
  let tags;
  try {
    tags = parseTags(source);
  } catch {
    return out; // the story check reports the syntax error itself
  }
  for (const { tag: step } of eachTag(tags)) {
    if (step.name !== 'Step') continue;
    const rows = [...eachTag(step.children)].map(({ tag }) => tag).filter((t) => t.name === 'Cite' && typeof t.props.row === 'string').map((t) => String(t.props.row));
    if (rows.length === 0) continue;
    const weak = rows.filter((r) => onlyWeak(rowSources.get(r) ?? [], bySource));
    if (weak.length === rows.length) {
      out.push(`${file}:${step.line}:${step.column} <Step>: cites only aggregators, state media or other weak sources (${weak.join(', ')}); cite a wire or official source, or say whose claim it is`);
    }
  }
  return out;
}

/**
 * Every data row a reader sees (a strike's page, an event on a timeline, a deployment, a troop
 * total, a vote, a fact, a published tally) that rests only on sources of kind `other`: the build
 * lists them, so each gets a wire or official source, or its text says whose report it is.
 */
export function weaklySourcedRows(
  tables: Record<string, readonly { id: string; source_ids: readonly string[] }[]>,
  bySource: ReadonlyMap<string, Source>,
): string[] {
  return Object.entries(tables).flatMap(([file, rows]) =>
    rows
      .filter((r) => onlyWeak(r.source_ids, bySource))
      .map((r) => `content/data/${file}.csv ${r.id}: rests only on aggregators, state media or other weak sources (${r.source_ids.join(', ')}); add a wire or official source, or say in the row whose report it is`),
  );
}
