import type { Change, Source, StoryEvent } from '$lib/data/schemas';
import type { Strings } from '$lib/i18n/en';
import { kindOf } from './changes';
import type { TrackerRow } from './rows';

/**
 * The few sentences that open a strike's page: what happened and what is disputed, in plain
 * words, composed only from what the tables hold: the row's numbers and words, who disputed who
 * was aboard (src/lib/claims.ts), the survivors never found with the source that counts them,
 * every logged change to a count or a date (content/data/changes.csv), with its source, and what
 * was reported about it since (events tied to it), each with its publisher.
 * Nothing here is typed by hand for one strike.
 */
export interface NoteInput {
  row: TrackerRow;
  /** The dispute over who was aboard, in the edition's words ("" when none). */
  dispute: string;
  /** This strike's logged changes, in the edition's words, oldest first. */
  changes: readonly Change[];
  sources: ReadonlyMap<string, Source>;
  /** What was reported about the strike since (src/lib/tracker/events.ts), in the edition's words, oldest first. */
  later?: readonly StoryEvent[];
}

/** The changes a reader's note tells: counts and dates. Sources and word cells are in the change log below it. */
const TOLD = new Set(['date', 'count']);

export function strikeNote({ row: r, dispute, changes, sources, later = [] }: NoteInput, t: Strings): string[] {
  const w = t.tracker.note;
  const publisher = (ids: readonly string[]) => {
    const s = ids.map((id) => sources.get(id)).find(Boolean);
    return s ? `${s.outlet}${s.published ? `, ${t.date(s.published)}` : ''}` : '';
  };
  const day = r.struck ?? r.announced;
  const out = [w.what(t.number(r.killed), r.survivors === null ? null : t.number(r.survivors), t.tracker.seaIn[r.region], r.vessels, day ? t.date(day) : '', Boolean(day))];
  out.push(r.group ? w.group(r.group) : w.noGroup);
  if (dispute) out.push(w.disputed(dispute));
  if (r.presumed) {
    // Whose count puts them among the dead: the source that logged them, when a change did.
    const logged = changes.filter((c) => c.field === 'presumed_dead').at(-1);
    const by = logged ? (sources.get(logged.source_ids[0])?.outlet ?? '') : '';
    out.push(w.presumed(t.number(r.presumed), t.number(r.killed + r.presumed), by));
  }
  for (const c of changes) {
    const kind = kindOf(c.field);
    if (!TOLD.has(kind) || !w.fields[c.field]) continue;
    // The survivors never found, first logged: the sentence above says who they are and whose count holds them.
    if (c.field === 'presumed_dead' && c.old.trim() === '' && r.presumed) {
      out.push(w.presumedAdded(t.date(c.date), publisher(c.source_ids)));
      continue;
    }
    const shown = (v: string) => (v.trim() === '' ? '' : kind === 'date' ? t.date(v) : t.number(Number(v)));
    out.push(w.revised(t.date(c.date), w.fields[c.field], shown(c.old), shown(c.new) || t.tracker.changes.empty, c.why, publisher(c.source_ids)));
  }
  for (const e of later) out.push(w.later(t.date(e.date), e.summary, publisher(e.source_ids)));
  return out;
}
