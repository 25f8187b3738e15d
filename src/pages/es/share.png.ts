import type { APIRoute } from 'astro';
import { sharePngResponse } from '../../components/pages/sharePng';

/** /es/share.png: the Spanish edition's share picture. */
export const GET: APIRoute = () => sharePngResponse('es');
