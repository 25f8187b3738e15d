/**
 * The typographer's pass every reader-facing string goes through once, at build time (the MDX
 * pass, src/integrations/typography.ts; the data and editions, src/data/index.ts; the chrome
 * and figure words, the same integration's module transform): straight quotes become curly,
 * and a letter-hyphen-number token ("B-52", "F-35Bs", "MQ-9") no longer breaks across lines.
 *
 * The same rules serve both editions. Spanish keeps its « » (they are never touched) and uses
 * “ ” and ‘ ’ inside them, which is what a straight quote becomes in either language.
 */

/** WORD JOINER: forbids a line break where it stands and is never drawn (a default-ignorable
 *  code point, so no font needs a glyph for it). Used instead of the NON-BREAKING HYPHEN
 *  (U+2011), which the fonts we ship do not have: a browser would draw it from another font. */
export const WORD_JOINER = '\u2060';

// What counts as "inside a word" on the left of a quote: letters (any script), digits, and
// what closes a phrase. Anything else (start, space, an opening bracket or quote, a dash)
// opens a quotation.
const WORDISH = /[\p{L}\p{N}\p{M}.,;:!?%)\]}’”»…]/u;

// Elisions that begin with an apostrophe, not an opening quote: ’90s, ’em, ’tis, ’twas, ’n’.
const LEADING_ELISION = /^(?:\d\d(?:s|’s)?\b|em\b|tis\b|twas\b|cause\b|n\b)/iu;

/** A token such as "B-52", "F-35Bs", "MQ-9A", "F/A-18s", "DDG-107": capital letters, a hyphen, a digit. */
const HYPHEN_TOKEN = /(?<=(?:^|[^\p{L}\p{N}])[A-Z]{1,4})-(?=\d)/gu;

/**
 * Typeset one run of text. `before` is the character just before it in the same paragraph
 * (text in a neighbouring node, or a placeholder letter for an inline element such as a
 * number or a citation), so a quote at a node's edge still turns the right way.
 */
export function typeset(text: string, before = ''): string {
  if (!text) return text;
  // Quotes are rare: copy the text between them in slices, and remember the last character out.
  let out = '';
  let from = 0;
  let prev = before.slice(-1);
  for (let i = text.indexOf("'") < 0 && text.indexOf('"') < 0 ? text.length : 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== "'") continue;
    if (i > from) prev = text[i - 1];
    let q: string;
    if (c === '"') q = prev && WORDISH.test(prev) ? '”' : '“';
    else if (prev && WORDISH.test(prev)) q = '’';
    else if (LEADING_ELISION.test(text.slice(i + 1, i + 8))) q = '’';
    else q = '‘';
    out += text.slice(from, i) + q;
    prev = q;
    from = i + 1;
  }
  out += text.slice(from);
  // An opening single quote the Markdown parser put before a decade is an apostrophe: ’90s.
  out = out.replace(/‘(?=\d\d(?:s|’s)?\b)/gu, '’');
  return out.replace(HYPHEN_TOKEN, `-${WORD_JOINER}`);
}

/** Whether a string has anything the pass would change. */
export const needsTypesetting = (text: string) => typeset(text) !== text;

// Fields that hold machine values (ids, addresses, dates, enums), never words.
const MACHINE_KEY = /^(?:id|url|href|slug|section|kind|lang|as_of|published|.*_ids?|.*date.*)$/;

/**
 * Every string in a value (a table row, an edition, a list of rows), typeset; keys that hold
 * machine values are left as they are. Returns new objects; the input is not changed.
 */
export function typesetDeep<T>(value: T): T {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return MACHINE_KEY.test(key) ? v : typeset(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value, '') as T;
}
