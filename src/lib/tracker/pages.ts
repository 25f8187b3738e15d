/**
 * The tracker's list in pages, so /strikes/ stays light however long the table grows: without
 * JavaScript every strike is a link or two away (/strikes/page/2/ …); with it, the filters search
 * every row (src/lib/tracker/compact.ts). A table that fits on one page has no pages at all.
 */
export const PAGE_SIZE = 100;

export function pageCount(rows: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(rows / size));
}

/** Page `page` (1-based) of rows already in list order. */
export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/** The address of a page of the list, under the tracker's own (`/strikes/` or `/es/strikes/`): the first is the tracker itself. */
export function pageHref(tracker: string, page: number): string {
  return page <= 1 ? tracker : `${tracker}page/${page}/`;
}

/** The pages after the first, for getStaticPaths: none when every strike fits on /strikes/. */
export function laterPages(rows: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(rows, size) - 1 }, (_, i) => i + 2);
}
