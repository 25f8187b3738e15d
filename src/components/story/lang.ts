import type { Lang } from '$lib/i18n';

/** The edition a component renders for: Astro's current locale once i18n routing exists, else English. */
export function langOf(astro: { currentLocale?: string | undefined }): Lang {
  return astro.currentLocale === 'en' || !astro.currentLocale ? 'en' : (astro.currentLocale as Lang);
}
