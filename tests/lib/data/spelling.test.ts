import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTables } from '$lib/data/load';
import { translatable } from '$lib/data/translations';

/**
 * AP style writes U.S. English. The story's English words, in the MDX sections and in every data
 * cell an edition translates (summaries, labels, notes readers see), use U.S. spellings. On the
 * live content on purpose: it is what readers read. Quotes are exempt: a speaker's words stay theirs.
 */
const BRITISH = /\b(\w+(?:is(?:e|ed|es|ing)|isation|isations)|defence|offence|colour\w*|favour\w*|honour\w*|labour|centre\w*|travell\w*|neighbour\w*|behaviour|programme|licence|judgement)\b/gi;
// -ise words that are the same in U.S. English.
const SAME = new Set(['rise', 'raise', 'arise', 'promise', 'premise', 'precise', 'concise', 'exercise', 'advertise', 'advise', 'devise', 'revise', 'supervise', 'surprise', 'televise', 'compromise', 'enterprise', 'franchise', 'comprise', 'disguise', 'expertise', 'merchandise', 'otherwise', 'noise', 'poise', 'praise', 'cruise', 'bruise', 'wise', 'likewise', 'clockwise', 'paradise', 'demise', 'despise', 'chemise', 'excise', 'incise', 'improvise', 'treatise', 'reprise', 'apprise', 'circumcise', 'anise', 'tortoise', 'porpoise', 'valise', 'guise']);

const outsideQuotes = (text: string) => text.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, ' ');
// "revises", "raised": the word's -ise form, to look up in SAME.
const base = (w: string) => w.toLowerCase().replace(/(ed|es|ing)$/, '').replace(/e?$/, 'e');
const british = (text: string) => [...outsideQuotes(text).matchAll(BRITISH)].map((m) => m[0]).filter((w) => !SAME.has(w.toLowerCase()) && !SAME.has(base(w)));

describe('U.S. spelling in the English edition', () => {
  it('the data words readers see', () => {
    const found = [...translatable(loadTables()).entries()].flatMap(([key, cell]) => british(cell.en).map((w) => `${key}: ${w}`));
    expect(found).toEqual([]);
  });

  it('the story sections', () => {
    const dir = 'content/story';
    const found = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => british(readFileSync(`${dir}/${f}`, 'utf8')).map((w) => `${f}: ${w}`));
    expect(found).toEqual([]);
  });
});
