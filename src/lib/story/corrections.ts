import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * A correction says what the page "now says": that wording must be on the page, or the reader who
 * compares is told something untrue. Text is compared as a reader reads it: tags dropped, quotes
 * straightened, spaces and invisible joiners evened out.
 */
export const readable = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2060\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of each story section of a built page, by the section's id (its slug). */
export function sectionTexts(html: string): Map<string, string> {
  const doc = parseDocument(html);
  const out = new Map<string, string>();
  for (const el of DomUtils.getElementsByTagName('section', doc)) {
    const id = el.attribs.id;
    if (id) out.set(id, readable(DomUtils.textContent(el)));
  }
  return out;
}

/** The corrections whose "now says" is not in the text of the section they correct, in words that say what to do. */
export function unquotedCorrections(html: string, corrections: readonly { id: string; section: string; says: string }[], file: string): string[] {
  const texts = sectionTexts(html);
  return corrections
    .filter((c) => !(texts.get(c.section) ?? '').includes(readable(c.says)))
    .map((c) => `content/data/corrections.csv ${c.id}: its "says" is not what the section "${c.section}" of ${file} says now; quote the page as it reads`);
}
