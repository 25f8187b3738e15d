import type { APIRoute } from 'astro';
import { edition, tables } from '../data';
import { strings } from '../lib/i18n';
import { shareImage } from '../lib/share/shareImage';

/** /share.png: the picture social sites show for the English edition (1200×630). */
export const GET: APIRoute = async () =>
  new Response(shareImage(await tables(), await edition('en'), strings('en')), { headers: { 'Content-Type': 'image/png' } });
