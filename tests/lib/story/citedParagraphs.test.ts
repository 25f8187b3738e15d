import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { citedParagraphs } from '../../../src/integrations/citedParagraphs';
import { scrollySteps } from '../../../src/integrations/scrollySteps';

const source = `A cited sentence. <Cite row="E024" /> Another, uncited.

No citation here.

- An item cited in a list. <Cite row="E025" />

<Scrolly figure="casualties">
<Step through="2025-09-02">
A step gathers its own. <Cite row="S001" />
</Step>
</Scrolly>
`;

/** The compiled JSX on one line, from the writer's MDX as written: only the compile changes. */
const compile = (mdx: string) => mdxToJs(mdx, { mdastPlugins: [scrollySteps(), citedParagraphs()] }).code.replace(/\s+/g, ' ');

describe('citedParagraphs: each prose paragraph with a <Cite> is wrapped for its sources to leave its text', () => {
  const code = compile(source);

  it('wraps each cited prose paragraph once, its <Cite> tags inside, where CitedParagraph.astro lifts them', () => {
    const wrapped = [...code.matchAll(/_jsx\(CitedParagraph, \{ children: _jsxs?\(_components\.p, \{ children: \[([^\]]*)\]/g)].map((m) => m[1]);
    expect(wrapped).toHaveLength(2);
    expect(wrapped[0]).toMatch(/"A cited sentence\. ", _jsx\(Cite, \{ row: "E024" \}\), " Another, uncited\."/);
    expect(wrapped[1]).toContain('row: "E025"');
  });

  it('leaves an uncited paragraph, and a step (which gathers its card\'s citations itself), as they were', () => {
    expect(code).toMatch(/_jsx\(_components\.p, \{ children: "No citation here\." \}\)/);
    expect(code).toMatch(/_jsx\(Step, \{[^}]*children: _jsxs\(_components\.p, \{ children: \["A step gathers its own\. ", _jsx\(Cite, \{ row: "S001" \}\)\] \}\)/);
    expect(code.match(/_jsx\(CitedParagraph/g)).toHaveLength(2);
  });

  it('leaves a document without a <Cite> as it was', () => {
    expect(compile('Just text.\n')).not.toContain('CitedParagraph');
  });
});
