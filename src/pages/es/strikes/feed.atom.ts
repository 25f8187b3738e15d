import type { APIRoute } from 'astro';
import { atomFeed } from '$lib/tracker/feedFormats';
import { trackerFeed } from '../../../components/tracker/trackerFeed';

/** The tracker as an Atom feed (RFC 4287): one entry per strike, newest first. */
export const GET: APIRoute = async () =>
  new Response(atomFeed(await trackerFeed('es')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
