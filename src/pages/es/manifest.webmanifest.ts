import type { APIRoute } from 'astro';
import { manifestResponse } from '../../components/pages/manifest';

export const GET: APIRoute = () => manifestResponse('es');
