/** Links inside the site, under whatever base path the host builds it for (BASE_PATH). */
const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const home = () => base();
export const staticEdition = () => `${base()}static/`;
/** The full list of sources, with an anchor per source id (src-001, b-001, …). */
export const sourceHref = (id?: string) => `${base()}sources/${id ? `#${id}` : ''}`;
