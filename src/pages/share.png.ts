import type { APIRoute } from 'astro';
import { sharePngResponse } from '../components/pages/sharePng';

/** /share.png: the picture social sites show for the English edition (1200×630). */
export const GET: APIRoute = () => sharePngResponse('en');
