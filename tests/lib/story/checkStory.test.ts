import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkStory, type StoryFacts } from '$lib/story/checkStory';
import { findTags } from '$lib/story/tags';
import { rowIndex } from '$lib/story/facts';
import { loadTables } from '$lib/data/load';
import { loadEditions } from '$lib/data/editions';
import { FIGURES } from '../../../src/components/figures/specs';

const asOf = loadEditions().en.as_of;
const rows = rowIndex(loadTables());
const facts = (kind = 'section'): StoryFacts => ({ asOf, rows, kind });
const check = (mdx: string, kind = 'section') => checkStory('content/story/09-test.mdx', mdx, { figures: FIGURES, facts: facts(kind) });

describe('findTags', () => {
  test('finds components with their props, line and column, and skips code fences', () => {
    const tags = findTags('Text\n\n<Scrolly figure="casualties">\n  <Step through="2025-10-03" focus="S004">\n```\n<Step nope>\n```\n</Scrolly>');
    expect(tags.map((t) => [t.name, t.closing, t.line, t.column])).toEqual([
      ['Scrolly', false, 3, 1],
      ['Step', false, 4, 3],
      ['Scrolly', true, 8, 1],
    ]);
    expect(tags[1].props).toEqual({ through: '2025-10-03', focus: 'S004' });
  });

  test('reads self-closing tags and bare props', () => {
    const [count] = findTags('By then <Count of="killed" /> people');
    expect(count).toMatchObject({ name: 'Count', selfClosing: true, props: { of: 'killed' } });
  });
});

describe('checkStory: the build error a writer sees', () => {
  const ok = '<Scrolly figure="casualties">\n<Step through="2025-10-03" focus="S004">\nText\n</Step>\n</Scrolly>\n';

  test('a correct section has no problems', () => {
    expect(check(ok)).toEqual([]);
  });

  test('every section committed in content/story passes', () => {
    const dir = 'content/story';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const src = readFileSync(`${dir}/${f}`, 'utf8');
      const kind = /^kind:\s*(\w+)/m.exec(src)?.[1] ?? 'section';
      expect(checkStory(`${dir}/${f}`, src, { figures: FIGURES, facts: facts(kind) }), f).toEqual([]);
    }
  });

  test.each([
    ['<Step through="2025-10-03" highlight="pacific">', /09-test\.mdx:2:1 <Step> \(figure "casualties"\): prop "highlight": expected one of "survivors", "eastern_pacific", "caribbean", got "pacific"/],
    ['<Step through="Oct 3">', /09-test\.mdx:2:1 <Step> \(figure "casualties"\): prop "through": expected a date written YYYY-MM-DD, got "Oct 3"/],
    ['<Step>', /prop "through" is required/],
    ['<Step through="2025-10-03" colour="red">', /prop "colour" is not accepted; the props are "through", "highlight", "focus", "marker"/],
    ['<Step through="2025-12-01">', /prop "through": expected a date on or before the story's as-of date \(2025-11-10\), got "2025-12-01"/],
    ['<Step through="2025-10-03" focus="S099">', /prop "focus": "S099" is not in content\/data\/strikes.csv/],
    ['<Step through="2025-10-03" focus="S010">', /"S010" was made public on 2025-10-24, after this step's through="2025-10-03"/],
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
    expect(check('<Scrolly figure="casualties">\n<Step through="2025-10-03">x</Step>\n')[0]).toMatch(/1:1 <Scrolly>: is never closed/);
  });

  test('Count and Cite props are checked against the vocabulary and the data', () => {
    expect(check('<Count of="dead" />')[0]).toMatch(/<Count>: prop "of": expected one of "killed", "strikes", "vessels", "survivors", got "dead"/);
    expect(check('<Count of="killed" strike="S200" />')[0]).toMatch(/strike "S200" is not in content\/data\/strikes.csv/);
    expect(check('<Count of="killed" scope="since" />')[0]).toMatch(/scope="since" belongs in the update section/);
    expect(check('<Count of="killed" scope="since" />', 'update')).toEqual([]);
    expect(check('<Cite row="E999" />')[0]).toMatch(/<Cite>: row "E999" is not in content\/data/);
    expect(check('<Cite />')[0]).toMatch(/prop "row" is required/);
    expect(check('<Value row="T99" />')[0]).toMatch(/<Value>: row "T99" is not in content\/data\/troop_levels.csv or facts.csv/);
    expect(check('<Value row="S001" />')[0]).toMatch(/prop "row": expected a troop-level or fact row id like T10 or G01/);
    expect(check('<Value row="T10" />')).toEqual([]);
  });
});
