/**
 * What kind of publisher a source is, strongest first: a step cites the strongest the table
 * holds. `official`: a government's or a body's own statement or post; `wire`: AP, Reuters,
 * AFP, EFE, UPI; `outlet`: a news organization's own journalism; `other`: aggregators, state
 * media, blogs, reference sites. Apart from the schemas so that figures, which run in the
 * browser, can rank sources without bringing the validator (zod) along.
 */
export const SOURCE_KINDS = ['official', 'wire', 'outlet', 'other'] as const;
