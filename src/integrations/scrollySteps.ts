import type { MdastPluginDefinition } from 'satteri';
import { outlineOf, type StepPlace } from '../lib/story/steps';
import { tagsOf, type MdxNode } from '../lib/story/tags';

type JsxNode = MdxNode & { type: 'mdxJsxFlowElement'; attributes: NonNullable<MdxNode['attributes']> };

const withProp = (node: JsxNode, name: string, value: string) => ({
  type: 'mdxJsxFlowElement' as const,
  name: node.name,
  attributes: [...node.attributes, { type: 'mdxJsxAttribute', name, value }],
  children: node.children,
});

/**
 * An MDX syntax-tree pass (Sätteri's, the parser Astro compiles MDX with): each <Scrolly> gets
 * `states`, its steps' props in order, and each <Step> gets `place` (StepPlace), read from the
 * parsed tags by the same function the story check uses (src/lib/story/steps.ts). So the
 * section knows its steps before anything is rendered, and nothing reads them back from HTML.
 */
export function scrollySteps() {
  // A factory: one count per document.
  return () => {
    let section: StepPlace | null = null;
    return {
      name: 'scrolly-steps',
      mdxJsxFlowElement(node) {
        const jsx = node as unknown as JsxNode;
        if (jsx.name === 'Scrolly') {
          const outline = outlineOf(tagsOf(jsx)[0]);
          section = { figure: outline.figure, index: 0, states: outline.steps.map((s) => s.props) };
          return withProp(jsx, 'states', JSON.stringify(section.states)) as never;
        }
        if (jsx.name === 'Step' && section) {
          const place: StepPlace = { ...section, index: section.index++ };
          return withProp(jsx, 'place', JSON.stringify(place)) as never;
        }
        return undefined;
      },
    } satisfies MdastPluginDefinition;
  };
}
