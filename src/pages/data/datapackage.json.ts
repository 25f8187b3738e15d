import type { APIRoute } from 'astro';
import { packageDescriptor } from '../../components/data/dataset';

/** /data/datapackage.json: every CSV under /data/ with its Table Schema (src/lib/data/datapackage.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await packageDescriptor(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
