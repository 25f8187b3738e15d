/**
 * Links inside the site, under whatever base path (BASE_PATH) and origin (SITE_URL) the host
 * builds it for, in either edition: English at the root, Spanish under es/.
 */
type Lang = 'en' | 'es';

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');
const prefix = (lang: Lang) => `${base()}${lang === 'en' ? '' : `${lang}/`}`;

export const home = (lang: Lang = 'en') => prefix(lang);
export const staticEdition = (lang: Lang = 'en') => `${prefix(lang)}static/`;
/** The full list of sources, with an anchor per source id (src-001, b-001, …). */
export const sourceHref = (id?: string, lang: Lang = 'en') => `${prefix(lang)}sources/${id ? `#${id}` : ''}`;
export const embedHref = (figure: string, lang: Lang = 'en') => `${prefix(lang)}embed/${figure}/`;
/** The strike tracker, and one strike's page (/strikes/s001/). */
export const strikesHref = (lang: Lang = 'en') => `${prefix(lang)}strikes/`;
export const strikeHref = (id: string, lang: Lang = 'en') => `${prefix(lang)}strikes/${id.toLowerCase()}/`;
/** Every strike of the tracker, compact, in the edition's words: what the filters search (src/lib/tracker/compact.ts). */
export const strikesListHref = (lang: Lang = 'en') => `${prefix(lang)}strikes/list.json`;
/** The tracker's feeds: JSON Feed 1.1 and Atom, one per edition. */
export const feedHref = (kind: 'json' | 'atom', lang: Lang = 'en') => `${prefix(lang)}strikes/feed.${kind === 'json' ? 'json' : 'atom'}`;
/** Data files are one set for both editions: the rows are the same. */
export const dataHref = (file: string) => `${base()}data/${file}`;
/** A released version of a table, at an address that never changes: /data/2026-06-22/strikes.csv. */
export const versionHref = (date: string, file: string) => `${base()}data/${date}/${file}`;
/** The codebook, the releases and how to cite them (/data/, beside the files; /es/data/). */
export const dataPageHref = (lang: Lang = 'en') => `${prefix(lang)}data/`;
export const changesHref = (lang: Lang = 'en') => `${prefix(lang)}strikes/changes/`;
export const shareImageHref = (lang: Lang = 'en') => `${prefix(lang)}share.png`;
export const assetHref = (file: string) => `${base()}${file}`;

/** The same page in the other edition: the path with its language prefix swapped. */
export function inEdition(pathname: string, from: Lang, to: Lang): string {
  const rest = pathname.startsWith(prefix(from)) ? pathname.slice(prefix(from).length) : '';
  return `${prefix(to)}${rest}`;
}

/** An absolute address for tags read off-site (canonical, Open Graph); root-relative when no SITE_URL was given. */
export function absolute(path: string): string {
  const site = import.meta.env.SITE;
  if (!site) return path;
  try {
    return new URL(path, site).href;
  } catch {
    throw new Error(`absolute(): cannot join "${path}" to SITE_URL "${site}"`);
  }
}
/** Who was aboard the boats struck, and the searches for survivors (content/data/people.csv, rescues.csv). */
export const peopleHref = (lang: Lang = 'en') => `${prefix(lang)}strikes/people/`;
