/**
 * "Download what is shown": the release files (/data/strikes.csv, /data/strikes.json) cut to the
 * strikes the filters show, in the order shown, so a download has the release's columns, sources
 * and data_version whatever the view. The browser makes the file from these and offers it as a
 * download (filterList.ts).
 */

/** A CSV file's records, each as written (a quoted cell may hold commas and line breaks), without their line ends. */
export function csvRecords(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (i > start) out.push(text.slice(start, i));
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The header and the records of `ids`, in that order; an id the file lacks is left out. */
export function shownCsv(text: string, ids: readonly string[]): string {
  const [header, ...records] = csvRecords(text);
  // Ids are never quoted: the first cell runs to the first comma.
  const byId = new Map(records.map((r) => [r.slice(0, r.indexOf(',')), r]));
  return [header, ...ids.flatMap((id) => byId.get(id) ?? [])].map((r) => `${r}\r\n`).join('');
}

/** The rows of `ids` from the JSON release (an array of strikes with an `id` each), in that order. */
export function shownJson(rows: readonly { id: string }[], ids: readonly string[]): string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return JSON.stringify(ids.flatMap((id) => byId.get(id) ?? []), null, 2);
}
