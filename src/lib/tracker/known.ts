import type { Strike } from '$lib/data/schemas';
import type { Strings } from '$lib/i18n/en';

/**
 * A strike's "What is known" block, in the edition's plain words: how precisely its place and day
 * were given, what the U.S. released, and what others established since (src/lib/data/firmness.ts),
 * each group with its sources. `row` is the edition's row (its word cells already translated).
 */
export interface KnownLine {
  label: string;
  text: string;
}
export interface KnownGroup {
  heading: string;
  lines: KnownLine[];
  sourceIds: string[];
}

export function knownOf(row: Strike, t: Pick<Strings, 'seas' | 'number'> & { tracker: Pick<Strings['tracker'], 'known' | 'seaIn'> }): KnownGroup[] {
  const k = t.tracker.known;
  const words = (v: string) => v.trim() || k.notReported;
  const as = row.location_as_reported.trim() || k.notReported;
  const where =
    row.where_precision === 'sea_only' ? k.where.sea_only(t.seas[row.region])
    : row.where_precision === 'distance' ? k.where.distance(as)
    : row.where_precision === 'country_waters' ? k.where.country_waters(as)
    : row.where_precision === 'not_disclosed' && row.region !== 'unknown' ? k.where.notDisclosedSea(t.tracker.seaIn[row.region])
    : k.where[row.where_precision];
  const group = row.group_named === 'named' ? row.group_name : k.groupIs[row.group_named];
  const revision = row.count_revision.trim() || k.noRevision;
  return [
    {
      heading: k.released,
      lines: [
        { label: k.place, text: where },
        { label: k.day, text: k.when[row.when_precision] },
        { label: k.video, text: k.videoIs[row.video_released] },
        { label: k.group, text: group },
        { label: k.claimed, text: words(row.nationality_claimed) },
        { label: k.counts, text: k.countsAre(t.number(row.killed), row.survivors === null ? null : t.number(row.survivors)) },
      ],
      sourceIds: row.released_source_ids,
    },
    {
      heading: k.established,
      lines: [
        { label: k.identities, text: k.identitiesAre[row.identities_published] },
        { label: k.reported, text: words(row.nationality_reported) },
        { label: k.confirmation, text: k.confirmationIs[row.independent_confirmation] },
        { label: k.revision, text: revision },
      ],
      sourceIds: row.established_source_ids,
    },
  ];
}
