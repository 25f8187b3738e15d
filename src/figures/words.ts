import type { Lang } from '$lib/i18n';

// A figure may keep its words in its folder, one file per edition: words.en.ts, words.es.ts.
const editions = import.meta.glob<{ default: unknown }>('./*/words.*.ts', { eager: true });

/** Build time: figure `id`'s own words in edition `lang`, or undefined if its words live in src/lib/i18n. */
export function figureWords(id: string, lang: Lang): never {
  return editions[`./${id}/words.${lang}.ts`]?.default as never;
}
