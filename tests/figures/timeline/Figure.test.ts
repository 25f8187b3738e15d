import { describe, expect, test } from 'vitest';
import Timeline from '$figures/timeline/Figure.svelte';
import type { StepState } from '$figures/types';
import { es } from '$lib/i18n/es';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer, imageName } from '../render';

// Fixture events with a label, Aug. 1 to Nov. 10, less the union talk (E008, E020): United States E009, E022, E034, E039
// and the Senate's E024, E043; Colombia E016, E017, E025; Venezuela E010; U.N. E014, E041. Strikes announced by Oct. 9:
// S001–S004, all in the Caribbean; by Nov. 10 also S005–S007 (Caribbean), S008 and S013 (eastern Pacific).
const states: StepState[] = [{ through: '2025-09-23', focus: 'E016' }, { through: '2025-10-09', focus: 'E025' }, { through: AS_OF }];
const timeline = figureRenderer(Timeline, 'timeline', states);
const focusLabel = (html: string) => (/data-label-for="focus"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
const onCard = (html: string) => /<div class="card[^"]* on[^"]*">([\s\S]*?)<\/div>/.exec(html)![1];

describe('timeline figure', () => {
  test('the focused event is named beside its dot, with its date; the other events the step adds are listed under the drawing', () => {
    const html = timeline(0);
    expect(focusLabel(html)).toBe('Sept. 19 Colombia: U.S. presence excessive');
    // Inside the drawing, under the Colombia lane (the second), not in a box above it.
    expect(html).toMatch(/<div class="plot[^"]*"[^>]*>[\s\S]*data-label-for="focus"[\s\S]*<\/div>\s*<div class="callout/);
    expect(/data-label-for="focus"[^>]*style="[^"]*top: 78px/.test(html)).toBe(true);
    const card = onCard(html);
    expect(card).toContain('Also:');
    expect(card).toContain('Sept. 4, Venezuelan jets overfly U.S. destroyer');
    expect(card).toContain('Sept. 16, U.N. experts: extrajudicial executions');
    expect(card).toContain('Sept. 23, Petro speaks at U.N.');
    expect(card).not.toContain('Colombia: U.S. presence excessive');
  });

  test('the label sits right of a dot in the first half of the axis and left of one past it', () => {
    expect(timeline(0)).toMatch(/class="focus-label(?![^"]*\bleft\b)[^"]*\bon\b[^"]*" data-label-for="focus"/);
    expect(timeline(1)).toMatch(/class="focus-label[^"]*\bleft\b[^"]*\bon\b[^"]*" data-label-for="focus"/);
    expect(focusLabel(timeline(1))).toBe('Oct. 8 Petro: boat was Colombian');
    expect(timeline(2)).not.toContain('data-label-for');
  });

  test('every dot shown is named, beside it or in a list of its step or an earlier one', () => {
    for (let i = 0; i < states.length; i++) {
      const pages = Array.from({ length: i + 1 }, (_, k) => timeline(k));
      const html = pages[i];
      const cards = [...html.matchAll(/<div class="card[^"]*">([\s\S]*?)<\/div>/g)].slice(0, i + 1).map((m) => m[1]).join(' ');
      const shown = html.match(/<circle class="event[^"]*\bshown\b/g)!;
      const named = (cards.match(/class="key /g) ?? []).length + pages.filter((p) => focusLabel(p) !== '').length;
      expect({ step: i, named }).toEqual({ step: i, named: shown.length });
    }
  });

  test("strikes are coloured by their sea, never all one ocean's colour", () => {
    const html = timeline(2);
    expect(html.match(/<circle class="strike caribbean[^"]*shown/g)).toHaveLength(7);
    expect(html.match(/<circle class="strike eastern_pacific[^"]*shown/g)).toHaveLength(2);
  });

  test('the text alternative counts the moves, the strikes by sea and names what the step adds', () => {
    const name = imageName(timeline(1));
    expect(name).toContain('Timeline of the escalation from Aug. 1, 2025 to Oct. 9, 2025: U.S. government and Senate 3 moves, Colombia 3 moves, Venezuela 1 move, United Nations 1 move; 4 strikes announced.');
    expect(name).toContain('Strikes by sea: Caribbean 4.');
    expect(name).toContain('Also added: Oct. 1, Armed-conflict notice to Congress; Oct. 8, Senate war powers vote fails.');
  });

  test('a later step shows every event of the story, and no focus', () => {
    const out = timeline(2);
    expect(out.match(/<circle class="event[^"]*\bshown\b/g)).toHaveLength(12);
    expect(out).not.toContain('Highlighted,');
  });

  test('in the Spanish edition, in Spanish', () => {
    expect(onCard(timeline(0, es))).toContain('Además:');
    expect(focusLabel(timeline(0, es))).toMatch(/^19 de septiembre /);
  });
});
