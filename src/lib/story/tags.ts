import { mdxToMdast } from 'satteri';

/**
 * The component tags a writer put in an MDX section (<Scrolly>, <Step through="…">, <Count … />),
 * as a tree, with their line and column, so a bad prop fails the build pointing at the spot to
 * fix. Parsed by the MDX parser Astro compiles the story with (Sätteri), so the check and the
 * page read the same tags: a tag in a code fence is text, a `{…}` may hold a `}`.
 */
export interface Tag {
  name: string;
  /** Quoted props as strings; bare props as true; {expressions} as their source text. */
  props: Record<string, string | true>;
  /** The props written as code, as the writer wrote them: `through={"2025-10-03"}`, `{...rest}`. */
  expressions: string[];
  line: number;
  column: number;
  /** The tags inside this one, in order. */
  children: Tag[];
}

export class TagSyntaxError extends Error {
  constructor(public readonly line: number, public readonly column: number, message: string) {
    super(message);
  }
}

/** The part of an MDX syntax tree node this module reads (Sätteri's mdast, or any unist tree). */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** The tags under one node of a parsed MDX tree (the node itself included, if it is a tag). */
export function tagsOf(node: MdxNode): Tag[] {
  const children = (node.children ?? []).flatMap(tagsOf);
  if (!JSX.has(node.type) || !node.name) return children;
  const props: Record<string, string | true> = {};
  const expressions: string[] = [];
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxExpressionAttribute') expressions.push(`{${String(a.value)}}`);
    else if (a.name === undefined) continue;
    else if (a.value === null || a.value === undefined) props[a.name] = true;
    else if (typeof a.value === 'string') props[a.name] = a.value;
    else {
      const code = `{${String((a.value as { value?: unknown }).value ?? '')}}`;
      expressions.push(`${a.name}=${code}`);
      props[a.name] = code;
    }
  }
  const { line, column } = node.position?.start ?? { line: 0, column: 0 };
  return [{ name: node.name, props, expressions, line, column, children }];
}

/** Parse an MDX section and return its tags as a tree; a syntax error says where, as the parser found it. */
export function parseTags(source: string): Tag[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(source, { position: true }) as MdxNode;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*)$/.exec(message);
    if (at) throw new TagSyntaxError(Number(at[1]), Number(at[2]), at[3].replace(/\s*\([\w:-]+\)\s*$/, '').replace(/\s*\(\d+:\d+\)$/, ''));
    throw new TagSyntaxError(1, 1, message);
  }
  return tagsOf(tree);
}

/** Every tag of a tree in reading order, each with the tag it sits in. */
export function* eachTag(tags: readonly Tag[], parent: Tag | null = null): Generator<{ tag: Tag; parent: Tag | null }> {
  for (const tag of tags) {
    yield { tag, parent };
    yield* eachTag(tag.children, tag);
  }
}
