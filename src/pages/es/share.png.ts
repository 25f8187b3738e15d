import type { APIRoute } from 'astro';
import { sharePngResponse } from '../../lib/share/shareImage';

/** /es/share.png: the Spanish edition's share picture. */
export const GET: APIRoute = () => sharePngResponse('es');
