import { latestAnnounced } from '$lib/casualties';
import { strings, type Lang } from '$lib/i18n';
import { figureStates, scrollyOutline } from '$lib/story/steps';
import { islandProps } from '$figures/build';
import { FIGURES } from '$figures/registry';
import type { StepState } from '$figures/types';
import { edition, sections, tables } from '../../data';

// The page names an island's file with the same function the route writes it with.
export { islandProps };

/** One hydrated figure: which, in which edition, through which states, opening at which. */
export interface Island {
  figure: string;
  lang: Lang;
  /** Every state the island will be asked to show, in step order. */
  states: StepState[];
  /** Which of `states` it opens at (the server draws that one). */
  index: number;
  /** "story": data up to the as-of date; "all": to the last row (the update). */
  scope: 'story' | 'all';
}

/** One island's props file (islandProps, src/figures/build.ts), its tables read for its edition and scope. */
export async function islandFile({ figure, lang, states, index, scope }: Island) {
  const t = await tables(lang);
  const end = scope === 'all' ? latestAnnounced(t.strikes) : (await edition(lang)).as_of;
  return islandProps(figure, t, end, states, index, strings(lang));
}

/** Every hydrated figure of the site: each <Scrolly> of each edition's story (its pinned figure), and each embed. */
export async function islands(): Promise<Island[]> {
  const out: Island[] = [];
  for (const lang of ['en', 'es'] as const) {
    const bodies = (await sections(lang)).map((p) => p.body ?? '');
    for (const body of bodies) {
      for (const s of scrollyOutline(body)) out.push({ figure: s.figure, lang, states: s.steps.map((st) => st.props), index: 0, scope: 'story' });
    }
    // As the embed page shows each figure (src/components/pages/EmbedPage.astro): at its last state.
    for (const figure of Object.keys(FIGURES)) {
      const states = figureStates(bodies, figure);
      // A figure no step shows has nothing to step through, and no embed to draw.
      if (states.length) out.push({ figure, lang, states, index: states.length - 1, scope: 'story' });
    }
  }
  return out;
}
