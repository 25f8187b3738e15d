import type { APIRoute } from 'astro';
import { jsonFeed } from '$lib/tracker/feedFormats';
import { trackerFeed } from '../../components/tracker/trackerFeed';

/** The tracker as a JSON Feed 1.1: one item per strike, newest first. */
export const GET: APIRoute = async () =>
  new Response(jsonFeed(await trackerFeed('en')), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
