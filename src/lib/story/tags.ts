/**
 * Finds the component tags a writer put in an MDX section (<Step through="…">, <Count … />),
 * with their line and column, so a bad prop fails the build pointing at the spot to fix.
 * Only what our small vocabulary needs: PascalCase tags with quoted string or bare boolean props.
 */
export interface Tag {
  name: string;
  /** True for </Name>. */
  closing: boolean;
  selfClosing: boolean;
  /** Quoted props as strings; bare props as true; {expressions} as their source text. */
  props: Record<string, string | true>;
  expressions: string[];
  line: number;
  column: number;
}

export class TagSyntaxError extends Error {
  constructor(public readonly line: number, public readonly column: number, message: string) {
    super(message);
  }
}

const NAME = /[A-Z][A-Za-z0-9]*/y;
const PROP = /([A-Za-z_][\w-]*)/y;

export function findTags(source: string): Tag[] {
  const tags: Tag[] = [];
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };

  let i = 0;
  let inFence = false;
  while (i < source.length) {
    // Code fences show tags as text; they are not components.
    if ((i === 0 || source[i - 1] === '\n') && source.startsWith('```', i)) {
      inFence = !inFence;
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (inFence || source[i] !== '<') {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    const closing = source[j] === '/';
    if (closing) j++;
    NAME.lastIndex = j;
    const m = NAME.exec(source);
    if (!m) {
      i++;
      continue;
    }
    j += m[0].length;
    const { line, column } = position(start);
    const props: Record<string, string | true> = {};
    const expressions: string[] = [];
    let selfClosing = false;
    for (;;) {
      while (/\s/.test(source[j] ?? '')) j++;
      const ch = source[j];
      if (ch === undefined) throw new TagSyntaxError(line, column, `<${m[0]}> is never closed with >`);
      if (ch === '>') {
        j++;
        break;
      }
      if (ch === '/' && source[j + 1] === '>') {
        selfClosing = true;
        j += 2;
        break;
      }
      if (ch === '{') {
        const end = source.indexOf('}', j);
        if (end < 0) throw new TagSyntaxError(line, column, `<${m[0]}> has a { that is never closed`);
        expressions.push(source.slice(j, end + 1));
        j = end + 1;
        continue;
      }
      PROP.lastIndex = j;
      const p = PROP.exec(source);
      if (!p) throw new TagSyntaxError(line, column, `<${m[0]}> has something that is not a prop: "${source.slice(j, j + 12)}"`);
      j += p[0].length;
      if (source[j] === '=') {
        j++;
        const q = source[j];
        if (q === '"' || q === "'") {
          const end = source.indexOf(q, j + 1);
          if (end < 0) throw new TagSyntaxError(line, column, `<${m[0]}> prop ${p[1]} has a quote that is never closed`);
          props[p[1]] = source.slice(j + 1, end);
          j = end + 1;
        } else if (q === '{') {
          const end = source.indexOf('}', j);
          if (end < 0) throw new TagSyntaxError(line, column, `<${m[0]}> prop ${p[1]} has a { that is never closed`);
          expressions.push(`${p[1]}=${source.slice(j, end + 1)}`);
          props[p[1]] = source.slice(j, end + 1);
          j = end + 1;
        } else {
          throw new TagSyntaxError(line, column, `<${m[0]}> prop ${p[1]} needs its value in double quotes: ${p[1]}="…"`);
        }
      } else {
        props[p[1]] = true;
      }
    }
    tags.push({ name: m[0], closing, selfClosing, props, expressions, line, column });
    i = j;
  }
  return tags;
}
