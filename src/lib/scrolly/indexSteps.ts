/**
 * Steps are rendered by MDX before their section knows them. Step.astro marks each one with a
 * bare `data-step` and its props as JSON in `data-state`; the section then numbers them in
 * document order and reads the states back, so the figure can be rendered in the first one.
 */
const STEP = /<div class="step" data-step data-state="([^"]*)"/g;

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#34;': '"', '&amp;': '&', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

export function decodeAttribute(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#34|#39);/g, (m) => ENTITIES[m]);
}

export function indexSteps(html: string): { html: string; states: Record<string, string>[] } {
  const states: Record<string, string>[] = [];
  const numbered = html.replace(STEP, (_all, state: string) => {
    states.push(JSON.parse(decodeAttribute(state)));
    return `<div class="step" data-step="${states.length - 1}" data-state="${state}"`;
  });
  return { html: numbered, states };
}

/** The numbered steps' HTML one by one (for the static edition: each step, then its figure). */
export function splitSteps(numberedHtml: string): string[] {
  const starts = [...numberedHtml.matchAll(/<div class="step" data-step="\d+"/g)].map((m) => m.index!);
  return starts.map((start, i) => numberedHtml.slice(start, starts[i + 1] ?? numberedHtml.length));
}

/**
 * Put a sentence at the end of each numbered step's card: the figure's text alternative for
 * that step, read after its prose by a screen reader going through the story line by line.
 */
export function appendToSteps(numberedHtml: string, notes: readonly string[], render: (note: string) => string): string {
  const parts = splitSteps(numberedHtml);
  if (parts.length === 0) return numberedHtml;
  const head = numberedHtml.slice(0, numberedHtml.indexOf(parts[0]));
  return (
    head +
    parts
      .map((part, i) => {
        const end = part.lastIndexOf('</div></div>');
        return end < 0 || notes[i] === undefined ? part : part.slice(0, end) + render(notes[i]) + part.slice(end);
      })
      .join('')
  );
}
