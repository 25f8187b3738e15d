import type { Strings } from '$lib/i18n/en';
import type { UnionData } from './data';
import type { UnionState } from './state';

/** The events each reason stands on (rows of content/data/events.csv). */
export const UNION_EVENTS: Record<UnionState['reason'], string[]> = {
  message: ['E044', 'E017'],
  border: ['E001', 'E020'],
  stance: ['E025'],
  depth: ['E008', 'E034', 'E039'],
  triangle: ['E044'],
};

/** The union map's text alternative. */
export function describeUnion(data: UnionData, state: UnionState, t: Strings): string {
  const d = t.describe.union;
  const main = data.border.lengths[0];
  switch (state.reason) {
    case 'message':
      return d.message;
    case 'border':
      return d.border(main ? t.number(main.km) : '', data.crossings.map((c) => `${t.number(c.n)} ${c.label.toLowerCase()}`).join(', '));
    case 'stance':
      return d.stance(t.number(data.deployments), t.date(state.through));
    case 'depth':
      return d.depth;
    case 'triangle':
      return d.triangle;
  }
}
