import type { APIRoute } from 'astro';
import { listJson } from '../../components/tracker/list';

/** Every strike, compact, for the tracker's filters: fetched once a reader filters. */
export const GET: APIRoute = () => listJson('en');
