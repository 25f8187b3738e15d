import type { Lang } from '$lib/i18n';

/**
 * A figure keeps its words in its folder, one file per edition (words.en.ts, words.es.ts): its
 * default export is what its component shows (the browser loads it with the figure); an optional
 * `atBuild` export holds what only the build writes (text alternatives, labels laid out on the
 * server, the embed's headline), so those words never ship as code.
 */
const editions = import.meta.glob<{ default?: object; atBuild?: object }>('./*/words.*.ts', { eager: true });

/** Build time: what figure `id`'s component shows in edition `lang` (undefined if it has no words). */
export function figureWords(id: string, lang: Lang): never {
  return editions[`./${id}/words.${lang}.ts`]?.default as never;
}

/** Build time: all of figure `id`'s words in edition `lang`, those its component shows and those only the build writes. */
export function builtWords(id: string, lang: Lang): never {
  const words = editions[`./${id}/words.${lang}.ts`];
  return (words ? { ...words.default, ...words.atBuild } : undefined) as never;
}

/** The line over an embedded figure (its `atBuild.headline`), if the figure writes one. */
export function figureHeadline(id: string, lang: Lang): ((date: string) => string) | undefined {
  return (editions[`./${id}/words.${lang}.ts`]?.atBuild as { headline?: (date: string) => string } | undefined)?.headline;
}
