import { describe, expect, test } from 'vitest';
import { typeset, typesetDeep, WORD_JOINER } from '../../../src/lib/text/typeset';
import { typesetModule, WORD_MODULES } from '../../../src/integrations/typography';

const WJ = WORD_JOINER;

describe('typeset: English', () => {
  test.each([
    [`Colombia's Petro turns toward Venezuela`, `Colombia’s Petro turns toward Venezuela`],
    [`the boats' cargo`, `the boats’ cargo`],
    [`aren't the answer`, `aren’t the answer`],
    [`in the '90s`, `in the ’90s`],
    [`'em`, `’em`],
    [`He said "they were fishermen."`, `He said “they were fishermen.”`],
    [`a "non-international armed conflict" with cartels`, `a “non-international armed conflict” with cartels`],
    [`("mothership") vessel`, `(“mothership”) vessel`],
    [`"Yesterday...", AP`, `“Yesterday...”, AP`],
    [`—"and now"`, `—“and now”`],
    [`she called it 'a message.'`, `she called it ‘a message.’`],
    [`"He said 'no,' then left"`, `“He said ‘no,’ then left”`],
  ])('%s', (input, want) => expect(typeset(input)).toBe(want));

  test('a decade the Markdown parser opened as a quote becomes an apostrophe', () => {
    expect(typeset('the ‘90s and ‘80s')).toBe('the ’90s and ’80s');
  });

  test('a quote at the edge of a text node turns by the text before it', () => {
    // After an inline tag (a number, a citation), a quote closes; at a paragraph's start, it opens.
    expect(typeset(`" he said`, 'x')).toBe(`” he said`);
    expect(typeset(`"Such`, ' ')).toBe(`“Such`);
    expect(typeset(`"Such`)).toBe(`“Such`);
    expect(typeset(`s cargo`, 'x')).toBe(`s cargo`);
    expect(typeset(`'s tally`, 'P')).toBe(`’s tally`);
  });

  test('aircraft and hull numbers never break at their hyphen', () => {
    expect(typeset('B-52 bombers, F-35Bs, an MQ-9A, F/A-18s and DDG-107')).toBe(
      `B-${WJ}52 bombers, F-${WJ}35Bs, an MQ-${WJ}9A, F/A-${WJ}18s and DDG-${WJ}107`,
    );
  });

  test('other hyphens are left alone: words, ranges, dates, lowercase', () => {
    const s = 'U.S.-backed, non-international, 2025-10-03, 10-12 people, covid-19, Schiff-Kaine';
    expect(typeset(s)).toBe(s);
  });

  test('the word joiner is the only invisible character it adds, and it never adds U+2011 (no font we ship has it)', () => {
    const out = typeset('B-52 and "MQ-9"');
    expect(out).not.toContain('\u2011');
    expect([...out].filter((c) => c === WJ)).toHaveLength(2);
    expect(out.replaceAll(WJ, '')).toBe('B-52 and “MQ-9”');
  });

  test('already typeset text is unchanged (the pass can run twice)', () => {
    const once = typeset(`Colombia's "union" and B-52s`);
    expect(typeset(once)).toBe(once);
  });
});

describe('typeset: Spanish', () => {
  test('« » are kept as they are, and quotes inside them become “ ”', () => {
    expect(typeset('«Esto no es una guerra», dijo.')).toBe('«Esto no es una guerra», dijo.');
    expect(typeset('«el llamado "cartel de los soles"»')).toBe('«el llamado “cartel de los soles”»');
  });

  test('straight quotes in Spanish text turn like English ones; accents count as letters', () => {
    expect(typeset('la llamada "Operación Lanza del Sur"')).toBe('la llamada “Operación Lanza del Sur”');
    expect(typeset(`el "sí" y el "no"`)).toBe('el “sí” y el “no”');
    expect(typeset(`Ñ'a`)).toBe('Ñ’a');
  });

  test('Spanish punctuation opens a quotation: ¿"…"?', () => {
    expect(typeset('¿"Narcoterroristas"?')).toBe('¿“Narcoterroristas”?');
  });

  test('EE. UU. and aircraft tokens', () => {
    expect(typeset('bombarderos B-52 de EE. UU.')).toBe(`bombarderos B-${WJ}52 de EE. UU.`);
  });
});

describe('typesetDeep: the words of a row, not its machine values', () => {
  test('words are typeset; ids, dates, addresses and source lists are not', () => {
    const row = {
      id: "S'1",
      summary: `Venezuela's "fishermen"`,
      url: "https://example.org/it's",
      strike_date: "2025-10-03",
      source_ids: ["src-001"],
      killed: 3,
      nested: { label: `B-52's` },
    };
    expect(typesetDeep(row)).toEqual({
      id: "S'1",
      summary: 'Venezuela’s “fishermen”',
      url: "https://example.org/it's",
      strike_date: '2025-10-03',
      source_ids: ['src-001'],
      killed: 3,
      nested: { label: `B-${WJ}52’s` },
    });
    expect(row.summary, 'the input is not changed').toBe(`Venezuela's "fishermen"`);
  });
});

describe('typesetModule: the words modules, in their source', () => {
  test('string literals and template text are typeset; property names, imports and interpolations are not', () => {
    const code = [
      `import x from './it\\'s';`,
      `export default {`,
      `  "it's": 'Petro\\'s union talk',`,
      `  title: "Colombia's border",`,
      `  frames: (n: string) => \`the administration's view: \${n} killed, "war"\`,`,
      `  after: (who: string) => \`\${who}'s tally\`,`,
      `};`,
    ].join('\n');
    const out = typesetModule(code);
    expect(out).toContain(`import x from './it\\'s';`);
    expect(out).toContain(`"it's": "Petro’s union talk"`);
    expect(out).toContain(`title: "Colombia’s border"`);
    expect(out).toContain('`the administration’s view: ${n} killed, “war”`');
    expect(out).toContain('`${who}’s tally`');
  });

  test('the result is still a module that evaluates to the typeset words', async () => {
    const out = typesetModule(`export default { a: 'Colombia\\'s "union"', b: (n: number) => \`\${n}'s "B-52"\` };`);
    const js = out.replace(/\(n: number\)/, '(n)');
    const mod = await import(`data:text/javascript,${encodeURIComponent(js)}`);
    expect(mod.default.a).toBe('Colombia’s “union”');
    expect(mod.default.b(3)).toBe(`3’s “B-${WJ}52”`);
  });

  test('the chrome and every figure words module are the ones transformed', () => {
    for (const f of ['/p/src/lib/i18n/en.ts', '/p/src/lib/i18n/es.ts', '/p/src/figures/legal/words.en.ts', '/p/src/figures/union/words.es.ts']) expect(WORD_MODULES.test(f), f).toBe(true);
    for (const f of ['/p/src/lib/i18n/index.ts', '/p/src/figures/legal/layout.ts', '/p/src/lib/data/load.ts']) expect(WORD_MODULES.test(f), f).toBe(false);
  });
});
