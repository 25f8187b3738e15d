import type { MdastPluginDefinition } from 'satteri';
import { outlineOf, type ScrollySection } from '../lib/story/steps';
import { tagsOf, type MdxNode } from '../lib/story/tags';

type JsxNode = MdxNode & { type: 'mdxJsxFlowElement'; attributes: NonNullable<MdxNode['attributes']> };

/** The module-level name the sections are exported under, in each compiled MDX document. */
const SECTIONS = 'scrollySections';

/** An attribute whose value is code (`name={code}`), not a string: the component gets the value itself. */
const withCode = (node: JsxNode, props: Record<string, string>) => ({
  type: 'mdxJsxFlowElement' as const,
  name: node.name,
  attributes: [
    ...node.attributes,
    ...Object.entries(props).map(([name, code]) => ({ type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: code } })),
  ],
  children: node.children,
});

/**
 * An MDX syntax-tree pass (Sätteri's, the parser Astro compiles MDX with). Each <Scrolly>'s
 * figure and steps' states, read from the parsed tags by the same function the story check
 * uses (src/lib/story/steps.ts), are written once per section into the compiled document, as a
 * value (`export const scrollySections = [...]`); the <Scrolly> and each of its <Step>s get that
 * same object, not a copy, and each <Step> its `index`. Nothing is parsed back: no JSON string
 * goes from here to the components.
 */
export function scrollySteps() {
  // A factory: one list per document.
  return () => {
    const sections: ScrollySection[] = [];
    let next = 0;
    return {
      name: 'scrolly-steps',
      mdxJsxFlowElement(node) {
        const jsx = node as unknown as JsxNode;
        if (jsx.name === 'Scrolly') {
          const outline = outlineOf(tagsOf(jsx)[0]);
          sections.push({ figure: outline.figure, states: outline.steps.map((s) => s.props) });
          next = 0;
          return withCode(jsx, { section: `${SECTIONS}[${sections.length - 1}]` }) as never;
        }
        if (jsx.name === 'Step' && sections.length) {
          return withCode(jsx, { section: `${SECTIONS}[${sections.length - 1}]`, index: String(next++) }) as never;
        }
        return undefined;
      },
      after(root, ctx) {
        if (sections.length) ctx.prependChild(root, { raw: `export const ${SECTIONS} = ${JSON.stringify(sections)}\n\n` });
      },
    } satisfies MdastPluginDefinition;
  };
}
