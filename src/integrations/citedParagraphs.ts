import type { MdastPluginDefinition } from 'satteri';

type Node = { type: string; name?: string | null; children?: Node[] };

/** The tag the pass wraps a cited paragraph in; StoryBody maps it to the edition's component. */
export const CITED_PARAGRAPH = 'CitedParagraph';

const citesIn = (node: Node): boolean =>
  (node.type === 'mdxJsxTextElement' && node.name === 'Cite') || (node.children ?? []).some(citesIn);

/**
 * An MDX syntax-tree pass (Sätteri's): each prose paragraph with a <Cite> in it is wrapped in a
 * <CitedParagraph>, which renders the paragraph without its citations and its sources after it
 * (CitedParagraph.astro): a "Sources (n)" disclosure in the story, numbered notes in the static
 * edition. A paragraph inside a <Step> is left alone: the step gathers its card's citations
 * itself (ScrollyStep.astro, StaticStep.astro). The writer's MDX does not change: a <Cite />
 * stays after the sentence it sources, and the story check reads it there.
 */
export function citedParagraphs() {
  return () =>
    ({
      name: 'cited-paragraphs',
      paragraph(node, ctx) {
        if (!citesIn(node as unknown as Node)) return;
        for (let up = ctx.parent(node) as Node | undefined; up; up = ctx.parent(up as never) as Node | undefined) {
          if (up.type === 'mdxJsxFlowElement' && (up.name === 'Step' || up.name === CITED_PARAGRAPH)) return;
        }
        ctx.wrapNode(node, { type: 'mdxJsxFlowElement', name: CITED_PARAGRAPH, attributes: [], children: [] } as never);
      },
    }) satisfies MdastPluginDefinition;
}
