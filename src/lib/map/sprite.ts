import { home } from '../paths';

/** Where the basemap sprite is served (src/pages/basemap.svg.ts), under the site's base path. */
const SPRITE = `${home()}basemap.svg`;

export const spriteRef = (id: string) => `${SPRITE}#${id}`;
