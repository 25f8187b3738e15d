import type { APIRoute } from 'astro';
import { robotsTxt } from '$lib/build/sitemap';
import { absolute } from '$lib/paths';

// A sitemap address must be absolute: it is named only when the build knows its origin (SITE_URL).
export const GET: APIRoute = () =>
  new Response(robotsTxt(import.meta.env.SITE ? absolute(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap.xml`) : null), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
