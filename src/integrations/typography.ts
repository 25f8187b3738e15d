import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { Plugin } from 'vite';
import ts from 'typescript';
import { typeset } from '../lib/text/typeset';

type Node = { type: string; value?: string; children?: Node[] };
type Ctx = Pick<MdastVisitorContext, 'indexOf'> & { parent(node: Node): Node | undefined };

// Inline parents: a text node first in one of these continues the text before the parent.
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** The last character a reader sees in an inline node; an element with no text (a <Count />, a <Cite />) reads as a word. */
function lastChar(node: Node): string {
  if (node.type === 'text') return node.value?.slice(-1) ?? '';
  if (node.type === 'break') return ' ';
  const kids = node.children ?? [];
  for (let i = kids.length - 1; i >= 0; i--) {
    const c = lastChar(kids[i]);
    if (c) return c;
  }
  return 'x';
}

/** The character just before `node` in its paragraph, across emphasis, links and inline tags. */
function charBefore(node: Node, ctx: Ctx): string {
  let current = node;
  for (;;) {
    const parent = ctx.parent(current);
    const index = ctx.indexOf(current as never);
    if (!parent || index === undefined) return '';
    if (index > 0) return lastChar(parent.children![index - 1]);
    if (!INLINE.has(parent.type)) return '';
    current = parent;
  }
}

/**
 * The MDX half of the typographic pass (src/lib/text/typeset.ts), on Sätteri's syntax tree:
 * text nodes only, so code, tag attributes and link addresses are never touched. Sätteri's
 * own smart punctuation has run by then; this catches what it leaves (a decade's ’90s, a
 * quote beside an inline tag) and keeps tokens like "B-52" on one line.
 */
export function typography() {
  return () =>
    ({
      name: 'typography',
      text(node, ctx) {
        const value = typeset(node.value, charBefore(node as Node, ctx as unknown as Ctx));
        return value === node.value ? undefined : { type: 'text', value };
      },
    }) satisfies MdastPluginDefinition;
}

/** The modules that hold the words readers see outside content/: the chrome and each figure's words. */
export const WORD_MODULES = /\/src\/(?:lib\/i18n\/(?:en|es)|figures\/[\w-]+\/words\.(?:en|es))\.ts$/;

/**
 * Typeset the string literals of a words module (the chrome's and the figures' words, written
 * as TypeScript), in the source, before it is compiled for the server and for the browser: so
 * the figures a browser hydrates say exactly what the server drew. Property names and imports
 * are code, not words, and stay as they are.
 */
export function typesetModule(code: string, file = 'words.ts'): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const isName = (n: ts.Node) =>
    (ts.isPropertyAssignment(n.parent) && n.parent.name === n) ||
    ts.isImportDeclaration(n.parent) ||
    ts.isExportDeclaration(n.parent) ||
    ts.isLiteralTypeNode(n.parent) ||
    ts.isElementAccessExpression(n.parent);
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) && !isName(n)) {
      const text = typeset(n.text);
      if (text !== n.text) edits.push({ start: n.getStart(source), end: n.getEnd(), text: JSON.stringify(text) });
    } else if (ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      // The raw text between `…${`: a part after an interpolation continues a word.
      const start = n.getStart(source) + 1;
      const end = n.getEnd() - (ts.isTemplateHead(n) || ts.isTemplateMiddle(n) ? 2 : 1);
      const raw = code.slice(start, end);
      const text = typeset(raw, ts.isTemplateMiddle(n) || ts.isTemplateTail(n) ? 'x' : '');
      if (text !== raw) edits.push({ start, end, text });
    }
    n.forEachChild(visit);
  };
  visit(source);
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The Vite side of the pass: the words modules, typeset as they are loaded (dev and build, server and browser). */
export function typographyVite(): Plugin {
  return {
    name: 'typography-words',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!WORD_MODULES.test(file)) return undefined;
      const out = typesetModule(code, file);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
