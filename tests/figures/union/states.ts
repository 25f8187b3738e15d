import type { UnionState } from '$figures/union/state';
import { AS_OF } from '../../fixtures/tables';

/** The union section's five steps, as the story's MDX gives them, through the fixture dates. */
export const STATES: UnionState[] = [
  { reason: 'message', through: AS_OF },
  { reason: 'border', through: '2025-09-26' },
  { reason: 'stance', through: '2025-10-18' },
  { reason: 'depth', through: '2025-10-24' },
  { reason: 'triangle', through: AS_OF },
];
