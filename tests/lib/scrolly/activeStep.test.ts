import { describe, expect, test } from 'vitest';
import { activeStep, neighbourStep, PHONE_MAX_WIDTH, PIN_HEIGHT_PHONE, TRIGGER_LINE, TRIGGER_LINE_PHONE, triggerLine } from '$lib/scrolly/activeStep';

// Five steps 600 px apart, the first at 1000 px down the page; a 800 px tall viewport.
const tops = [1000, 1600, 2200, 2800, 3400];
const svh = 800;
const lineAt = (scrollY: number) => scrollY + TRIGGER_LINE * svh;

describe('activeStep', () => {
  test('before the section the figure waits in its first state', () => {
    expect(activeStep(tops, lineAt(0))).toBe(0);
  });

  test('a step becomes active when its top crosses the trigger line, and stays until the next does', () => {
    expect(activeStep(tops, 1599)).toBe(0);
    expect(activeStep(tops, 1600)).toBe(1);
    expect(activeStep(tops, 2199)).toBe(1);
  });

  test('a fast fling or a jump with the scrollbar lands on the step in view, with none in between', () => {
    expect(activeStep(tops, lineAt(0))).toBe(0);
    expect(activeStep(tops, lineAt(2500))).toBe(3);
  });

  test('End key: past the last step the figure keeps the last state', () => {
    expect(activeStep(tops, 100_000)).toBe(4);
  });

  test('a deep link that brings a step to the top of the screen shows that step, on a laptop and a phone', () => {
    // An anchor scrolls the step's top to the top of the viewport: the trigger line is below it,
    // and above the next step, so the figure shows the linked step, not the one before or after.
    for (const width of [1280, 375]) {
      tops.forEach((top, i) => expect(activeStep(tops, top + triggerLine(width) * svh), `step ${i}, ${width} px`).toBe(i));
    }
  });

  test('after a resize the same scroll position is re-read against the new geometry', () => {
    const narrow = tops.map((t) => t * 1.5); // text reflowed into a narrow column
    expect(activeStep(tops, 2300)).toBe(2);
    expect(activeStep(narrow, 2300)).toBe(0);
  });

  test('steps that share a top (collapsed to zero height) resolve to the last one crossed', () => {
    expect(activeStep([100, 100, 100], 100)).toBe(2);
  });

  test('a section with no steps has no active step', () => {
    expect(activeStep([], 500)).toBe(-1);
  });
});

describe('neighbourStep', () => {
  test('moves one step and stops at either end', () => {
    expect(neighbourStep(0, 5, 1)).toBe(1);
    expect(neighbourStep(4, 5, 1)).toBe(4);
    expect(neighbourStep(0, 5, -1)).toBe(0);
  });
});

describe('triggerLine', () => {
  test('a phone switches a step lower on the screen than a laptop, where the figure is beside the text', () => {
    expect(triggerLine(375)).toBe(TRIGGER_LINE_PHONE);
    expect(triggerLine(1280)).toBe(TRIGGER_LINE);
    expect(triggerLine(PHONE_MAX_WIDTH)).toBe(TRIGGER_LINE);
    expect(TRIGGER_LINE_PHONE).toBeGreaterThan(TRIGGER_LINE);
  });

  test('on a phone a step takes over as its card comes out from under the pinned figure, with most of the rest of the screen to read it in', () => {
    expect(TRIGGER_LINE_PHONE).toBeGreaterThan(PIN_HEIGHT_PHONE);
    expect(TRIGGER_LINE_PHONE - PIN_HEIGHT_PHONE).toBeLessThan(0.06);
  });
});
