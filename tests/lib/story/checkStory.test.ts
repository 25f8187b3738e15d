import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkStory, type StoryFacts } from '$lib/story/checkStory';
import { eachTag, parseTags, TagSyntaxError, type Tag } from '$lib/story/tags';
import { rowIndex } from '$lib/story/facts';
import { loadTables } from '$lib/data/load';
import { loadEditions } from '$lib/data/editions';
import { FIGURES } from '$figures/registry';
import { AS_OF, fixtureTables } from '../../fixtures/tables';

// The fixture rows (tests/fixtures/tables/): S006 announced Oct. 18; E060 dated Jan. 3, 2026; T10 a troop level.
const facts = (kind = 'section'): StoryFacts => ({ asOf: AS_OF, rows: rowIndex(fixtureTables()), kind });
const check = (mdx: string, kind = 'section') => checkStory('content/story/09-test.mdx', mdx, { figures: FIGURES, facts: facts(kind) });

/** A tag tree as [name, line, column, children], for comparing shapes. */
type Shape = [string, number, number, Shape[]];
const shape = (tags: Tag[]): Shape[] => tags.map((t) => [t.name, t.line, t.column, shape(t.children)]);

describe('parseTags', () => {
  const section = [
    'Text with <Count of="killed" /> in it.', // 1
    '', // 2
    '<Scrolly figure="casualties">', // 3
    '  <Step through="2025-10-03" focus="S004">', // 4
    '', // 5
    '  By then, <Count of="killed" through="2025-10-03" /> killed. <Cite row="S004" />', // 6
    '', // 7
    '  </Step>', // 8
    '  <Step through="2025-10-14">', // 9
    '', // 10
    '  More.', // 11
    '', // 12
    '  </Step>', // 13
    '</Scrolly>', // 14
    '',
  ].join('\n');

  test('gives the tags as a tree, each at its line and column', () => {
    expect(shape(parseTags(section))).toEqual([
      ['Count', 1, 11, []],
      [
        'Scrolly', 3, 1, [
          ['Step', 4, 3, [
            ['Count', 6, 12, []],
            ['Cite', 6, 63, []],
          ]],
          ['Step', 9, 3, []],
        ],
      ],
    ]);
  });

  test('reads quoted props as text', () => {
    const [, scrolly] = parseTags(section);
    expect(scrolly.props).toEqual({ figure: 'casualties' });
    expect(scrolly.children[0].props).toEqual({ through: '2025-10-03', focus: 'S004' });
    expect(scrolly.children[0].children[0].props).toEqual({ of: 'killed', through: '2025-10-03' });
    expect(scrolly.children[0].expressions).toEqual([]);
  });

  test('eachTag walks the tree in reading order, each tag with the one it sits in', () => {
    const walk = [...eachTag(parseTags(section))].map(({ tag, parent }) => `${tag.name}@${tag.line}<${parent?.name ?? 'top'}`);
    expect(walk).toEqual(['Count@1<top', 'Scrolly@3<top', 'Step@4<Scrolly', 'Count@6<Step', 'Cite@6<Step', 'Step@9<Scrolly']);
  });

  test('a tag in a code fence or in inline code is text, not a tag', () => {
    const tags = parseTags('Write `<Count of="killed" />` like this:\n\n```mdx\n<Step nope>\n<Scrolly>\n```\n\n<Cite row="S001" />\n');
    expect(shape(tags)).toEqual([['Cite', 8, 1, []]]);
  });

  test('a } inside a quoted prop or an expression does not end the tag early', () => {
    const tags = parseTags('<Scrolly figure="a } b">\n<Step through={"}"} focus="S004">\n\nx <Cite row="S001" />\n\n</Step>\n</Scrolly>\n');
    expect(shape(tags)).toEqual([['Scrolly', 1, 1, [['Step', 2, 1, [['Cite', 4, 3, []]]]]]]);
    expect(tags[0].props).toEqual({ figure: 'a } b' });
    expect(tags[0].children[0].props).toMatchObject({ focus: 'S004' });
    expect(tags[0].children[0].expressions).toEqual(['through={"}"}']);
  });

  test('reads self-closing tags and bare props', () => {
    const [count, cite] = parseTags('By then <Count of="killed" /> people <Cite row="S001" wide />');
    expect(count).toMatchObject({ name: 'Count', props: { of: 'killed' }, children: [], line: 1, column: 9 });
    expect(cite).toMatchObject({ name: 'Cite', props: { row: 'S001', wide: true }, children: [] });
  });

  test('keeps props written as code, as the writer wrote them', () => {
    const [step] = parseTags('<Step through={"2025-10-03"} {...rest} />');
    expect(step.expressions).toEqual(['through={"2025-10-03"}', '{...rest}']);
  });

  test('an unclosed tag is a syntax error at its line and column, in the parser\'s words', () => {
    const parse = () => parseTags('Intro.\n\n<Scrolly figure="casualties">\n<Step through="2025-10-03">x</Step>\n');
    expect(parse).toThrow(TagSyntaxError);
    expect(parse).toThrow(/Expected a closing tag for `<Scrolly>`/);
    try {
      parse();
    } catch (e) {
      expect(e).toMatchObject({ line: 3, column: 1 });
    }
  });
});

describe('checkStory: the build error a writer sees', () => {
  const ok = '<Scrolly figure="casualties">\n<Step through="2025-10-03" focus="S004">\nText\n</Step>\n</Scrolly>\n';

  test('a correct section has no problems', () => {
    expect(check(ok)).toEqual([]);
  });

  // Live content: every section committed, against the live tables and the story's as-of date.
  test('every section committed in content/story passes', () => {
    const dir = 'content/story';
    const live = (kind: string): StoryFacts => ({ asOf: loadEditions().en.as_of, rows: rowIndex(loadTables()), kind });
    const files = readdirSync(dir).filter((n) => n.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const src = readFileSync(`${dir}/${f}`, 'utf8');
      const kind = /^kind:\s*(\w+)/m.exec(src)?.[1] ?? 'section';
      expect(checkStory(`${dir}/${f}`, src, { figures: FIGURES, facts: live(kind) }), f).toEqual([]);
    }
  });

  test.each([
    ['<Step through="2025-10-03" highlight="pacific">', /09-test\.mdx:2:1 <Step> \(figure "casualties"\): prop "highlight": expected one of "survivors", "eastern_pacific", "caribbean", got "pacific"/],
    ['<Step through="Oct 3">', /09-test\.mdx:2:1 <Step> \(figure "casualties"\): prop "through": expected a date written YYYY-MM-DD, got "Oct 3"/],
    ['<Step>', /prop "through" is required/],
    ['<Step through="2025-10-03" colour="red">', /prop "colour" is not accepted; the props are "through", "highlight", "focus", "pause", "counts", "marker"/],
    ['<Step through="2025-12-01">', /prop "through": expected a date on or before the story's as-of date \(2025-11-10\), got "2025-12-01"/],
    ['<Step through="2025-10-03" focus="S099">', /prop "focus": "S099" is not in content\/data\/strikes.csv/],
    ['<Step through="2025-10-03" focus="S006">', /"S006" was made public on 2025-10-18, after this step's through="2025-10-03"/],
    ['<Step through="2025-10-03" pause="S099">', /prop "pause": "S099" is not in content\/data\/strikes.csv/],
    ['<Step through="2025-10-03" pause="S006">', /prop "pause": "S006" was made public on 2025-10-18, after this step's through="2025-10-03"/],
    ['<Step through="2025-10-03" marker="E099">', /prop "marker": row "E099" is not in content\/data\/events.csv/],
    ['<Step through="2025-10-03" marker="E060">', /row "E060" is dated 2026-01-03, outside the chart/],
    ['<Step through={"2025-10-03"}>', /through=\{"2025-10-03"\} is code; write props as text in double quotes/],
  ])('%s', (step, message) => {
    const problems = check(`<Scrolly figure="casualties">\n${step}\nText\n</Step>\n</Scrolly>\n`);
    expect(problems.join('\n')).toMatch(message);
  });

  test('an unknown figure, an unknown component and a stray Step are named with their line', () => {
    expect(check('<Scrolly figure="map">\n<Step through="2025-10-03">x</Step>\n</Scrolly>')[0]).toMatch(
      /09-test\.mdx:1:1 <Scrolly>: figure "map" does not exist; the figures are "casualties"/,
    );
    expect(check('Hello <Chart id="x" />')[0]).toMatch(/09-test\.mdx:1:7 <Chart>: is not a component writers can use/);
    expect(check('<Step through="2025-10-03">x</Step>')[0]).toMatch(/<Step>: must be inside a <Scrolly/);
  });

  test('a tag never closed, or closed in the wrong place, is a syntax error at file:line:column, in the parser\'s words', () => {
    expect(check('<Scrolly figure="casualties">\n<Step through="2025-10-03">x</Step>\n')).toEqual([
      expect.stringMatching(/^content\/story\/09-test\.mdx:1:1 Expected a closing tag for `<Scrolly>`/),
    ]);
    expect(check('Intro.\n\n<Scrolly figure="casualties">\n  <Step through="2025-10-03">\n\n  x\n\n</Scrolly>\n')).toEqual([
      expect.stringMatching(/^content\/story\/09-test\.mdx:8:1 Unexpected closing tag `<\/Scrolly>`, expected corresponding closing tag for `<Step>`/),
    ]);
  });

  test('lower-case HTML tags are the writer\'s to use', () => {
    expect(check('Petro said <span lang="es">«no»</span>, in Spanish.')).toEqual([]);
  });

  test('Count and Cite props are checked against the vocabulary and the data', () => {
    expect(check('<Count of="dead" />')[0]).toMatch(/<Count>: prop "of": expected one of "killed", "strikes", "vessels", "survivors", "missing", "killed_and_missing", got "dead"/);
    expect(check('<Count of="killed" strike="S200" />')[0]).toMatch(/strike "S200" is not in content\/data\/strikes.csv/);
    expect(check('<Count of="killed" scope="since" />')[0]).toMatch(/scope="since" belongs in the update section/);
    expect(check('<Count of="killed" scope="since" />', 'update')).toEqual([]);
    expect(check('<Cite row="E999" />')[0]).toMatch(/<Cite>: row "E999" is not in content\/data/);
    expect(check('<Cite />')[0]).toMatch(/prop "row" is required/);
    expect(check('<Value row="T99" />')[0]).toMatch(/<Value>: row "T99" is not in content\/data\/troop_levels.csv or facts.csv/);
    expect(check('<Value row="S001" />')[0]).toMatch(/prop "row": expected a troop-level or fact row id like T10 or G01/);
    expect(check('<Value row="T10" />')).toEqual([]);
  });

  test('a strike id past S999 is one the table can hold, so tags and steps take it too', () => {
    expect(check('<Count of="killed" strike="S1000" />')[0]).toMatch(/strike "S1000" is not in content\/data\/strikes.csv/);
    expect(check('<Cite row="S1000" />')[0]).toMatch(/row "S1000" is not in content\/data/);
    expect(check('<Count of="killed" strike="S12" />')[0]).toMatch(/prop "strike": expected a strike id like S004/);
  });

  test('a DataTable names a figure with rows to list; one without is refused, naming those that have one', () => {
    expect(check('<DataTable figure="casualties" />')).toEqual([]);
    expect(check('<DataTable figure="buildup" />')).toEqual([]);
    expect(check('<DataTable figure="legal" />')).toEqual([
      'content/story/09-test.mdx:1:1 <DataTable>: figure "legal" has no data table; the figures with one are "casualties", "strikemap", "buildup"',
    ]);
    expect(check('<DataTable figure="deaths" />')[0]).toMatch(/<DataTable>: figure "deaths" does not exist; the figures with a data table are "casualties", "strikemap", "buildup"/);
  });
});
