import type { APIRoute } from 'astro';
import { basemap, sharedBorder } from '$lib/map/geo';

/**
 * The land of every map, projected and simplified at build time, as one SVG file that every map
 * draws with <use href=".../basemap.svg#basemap-land">: shipped once, cached, and outside the
 * story's HTML so it never delays the first paint. Never TopoJSON, never island props.
 */
export const GET: APIRoute = () => {
  const countries = basemap();
  // Colombia (170) and Venezuela (862): the union figure draws their shared border on top.
  const border = sharedBorder('170', '862');
  const paths = countries.map((c) => `<path id="land-${c.id}" d="${c.d}" vector-effect="non-scaling-stroke"/>`).join('');
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg"><defs>' +
    `<g id="basemap-land">${paths}</g>` +
    `<path id="border-co-ve" d="${border.d}" vector-effect="non-scaling-stroke"/>` +
    '</defs></svg>';
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
