import type { APIRoute } from 'astro';
import { sharePngResponse } from '../lib/share/shareImage';

/** /share.png: the picture social sites show for the English edition (1200×630). */
export const GET: APIRoute = () => sharePngResponse('en');
