/** Where the basemap sprite is served (src/pages/basemap.svg.ts), under the site's base path. */
export const SPRITE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}basemap.svg`;

export const spriteRef = (id: string) => `${SPRITE}#${id}`;
