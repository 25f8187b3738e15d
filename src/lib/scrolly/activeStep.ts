/**
 * Where the trigger line sits, as a fraction of the small viewport height (svh): measured in
 * svh so a phone's address bar hiding or showing does not move the line and flip a step.
 * Beside the figure (wide screens) a step takes over just past the middle. On a phone the figure
 * is pinned over the top 58% of the screen (global.css), so a step takes over as its card comes
 * out from under it: the line sits just below that box, and the active card, below the line,
 * covers none of the figure.
 */
export const TRIGGER_LINE = 0.55;
export const TRIGGER_LINE_PHONE = 0.62;
/** The pinned figure's height on a phone, as a fraction of svh (global.css, --pin-height). */
export const PIN_HEIGHT_PHONE = 0.58;
/** Below this width (px, = 60em in global.css) the figure is pinned above the steps. */
export const PHONE_MAX_WIDTH = 960;

export function triggerLine(viewportWidth: number): number {
  return viewportWidth < PHONE_MAX_WIDTH ? TRIGGER_LINE_PHONE : TRIGGER_LINE;
}

/**
 * The step a reader is on: the last step whose top has crossed the trigger line. Before the
 * first step it is the first (the figure waits in its opening state); past the last, the last.
 *
 * A pure function of geometry, so a long jump, a reload mid-page or an anchor link lands on the
 * right step directly: there is no sequence of enter/exit events to replay or to miss.
 *
 * @param stepTops top of each step, in document order, in the same units as `line`
 * @param line the trigger line's position (e.g. scrollY + TRIGGER_LINE * svh)
 */
export function activeStep(stepTops: readonly number[], line: number): number {
  if (stepTops.length === 0) return -1;
  let active = 0;
  for (let i = 0; i < stepTops.length; i++) {
    if (stepTops[i] <= line) active = i;
    else break;
  }
  return active;
}

/** The step after (or before) `current`, clamped to the section: for keyboard stepping. */
export function neighbourStep(current: number, count: number, direction: 1 | -1): number {
  return Math.min(count - 1, Math.max(0, current + direction));
}
