/** Calendar helpers on ISO dates (YYYY-MM-DD), no time zones involved. */

/** First day of each month inside [start, end]. */
export function monthStarts(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number);
  if (!start.endsWith('-01')) m += 1;
  for (;;) {
    if (m > 12) {
      y += 1;
      m = 1;
    }
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > end) return out;
    out.push(iso);
    m += 1;
  }
}

/**
 * Where the story's time axes begin: August 2025, when the naval deployment toward Venezuela was
 * first reported, a month before the first strike. Steps may not go back past it.
 */
export const STORY_START = '2025-08-01';
