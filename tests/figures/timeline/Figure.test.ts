import { describe, expect, test } from 'vitest';
import Timeline from '$figures/timeline/Figure.svelte';
import type { StepState } from '$figures/types';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer } from '../render';

// Fixture events from Aug. 1 to Oct. 9: United States E009, E022 and the Senate's E024; Colombia E008, E016, E017,
// E020, E025; Venezuela E010, E012; U.N. E014. Strikes announced by Oct. 9: S001–S004.
const states: StepState[] = [{ through: '2025-10-09', focus: 'E025' }, { through: AS_OF }];
const timeline = figureRenderer(Timeline, 'timeline', states);

describe('timeline figure', () => {
  test('the focused event with its words, and moves counted per side', () => {
    const out = timeline(0);
    expect(out).toContain('Petro: boat was Colombian');
    expect(out).toContain(
      'aria-label="Timeline of the escalation from Aug. 1, 2025 to Oct. 9, 2025: United States 3 moves, Colombia 5 moves, Venezuela 2 moves, United Nations 1 move; 4 strikes announced.',
    );
    expect(out.match(/<circle class="event[^"]*\bshown\b/g)).toHaveLength(11);
  });

  test('a later step shows every event of the story, and no focus', () => {
    const out = timeline(1);
    expect(out.match(/<circle class="event[^"]*\bshown\b/g)).toHaveLength(17);
    expect(out).not.toContain('Highlighted,');
  });
});
