import type { Source } from '../data/schemas';
import { onlyWeak } from '../data/sources';
import { findTags } from './tags';

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
  let step: { line: number; column: number; rows: string[] } | null = null;
  let tags;
  try {
    tags = findTags(source);
  } catch {
    return out; // the story check reports the syntax error itself
  }
  const close = () => {
    if (!step || step.rows.length === 0) return;
    const weak = step.rows.filter((r) => onlyWeak(rowSources.get(r) ?? [], bySource));
    if (weak.length === step.rows.length) {
      out.push(`${file}:${step.line}:${step.column} <Step>: cites only aggregators, state media or other weak sources (${weak.join(', ')}); cite a wire or official source, or say whose claim it is`);
    }
  };
  for (const tag of tags) {
    if (tag.name === 'Step' && !tag.closing) {
      close();
      step = { line: tag.line, column: tag.column, rows: [] };
    } else if (tag.name === 'Step' && tag.closing) {
      close();
      step = null;
    } else if (tag.name === 'Cite' && step && typeof tag.props.row === 'string') {
      step.rows.push(tag.props.row);
    }
  }
  return out;
}
