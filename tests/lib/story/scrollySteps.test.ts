import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { scrollySteps } from '../../../src/integrations/scrollySteps';

const source = `Intro.

<Scrolly figure="casualties">
<Step through="2025-09-02" focus="S001">
One.
</Step>
<Step through="2025-10-03">
Two.
</Step>
</Scrolly>

<Scrolly figure="legal">
<Step panel="zones" through="2025-11-10">
Three.
</Step>
</Scrolly>
`;

describe('scrollySteps: each fact about a section once, in the compiled MDX', () => {
  const { code } = mdxToJs(source, { mdastPlugins: [scrollySteps()] });

  it("writes each section's figure and states once, as a value", () => {
    const literal = /export const scrollySections = (\[[\s\S]*?\]);\n/.exec(code)![1];
    expect(Function(`return ${literal}`)()).toEqual([
      { figure: 'casualties', states: [{ through: '2025-09-02', focus: 'S001' }, { through: '2025-10-03' }] },
      { figure: 'legal', states: [{ panel: 'zones', through: '2025-11-10' }] },
    ]);
    // The writer's props stay on their <Step>; the states are not copied into any other prop.
    expect(code.split('2025-09-02').length - 1).toBe(2);
  });

  it('gives the <Scrolly> and each <Step> that same object, and each <Step> its index', () => {
    expect([...code.matchAll(/section: scrollySections\[(\d)\]/g)].map((m) => Number(m[1]))).toEqual([0, 0, 0, 1, 1]);
    expect([...code.matchAll(/index: (\d+)/g)].map((m) => Number(m[1]))).toEqual([0, 1, 0]);
    expect(code).not.toMatch(/JSON|"\{/);
  });

  it('leaves a document without a <Scrolly> as it was', () => {
    expect(mdxToJs('Just text.\n', { mdastPlugins: [scrollySteps()] }).code).not.toContain('scrollySections');
  });
});
