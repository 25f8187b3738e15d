import type { APIRoute, GetStaticPaths } from 'astro';
import { islandFile, islands } from '../../components/story/islandFiles';

/**
 * The props of every hydrated figure, one JSON file each, written by the build on purpose (and
 * served by `astro dev` the same way): the story's HTML, which every reader waits for, carries
 * only what the first paint needs, and the island fetches the rest with its component
 * (src/components/story/islands.ts). The page names its file by the same function, by content.
 */
export const getStaticPaths = (async () => {
  const files = new Map<string, string>();
  for (const island of await islands()) {
    const { name, body } = await islandFile(island);
    files.set(name, body);
  }
  return [...files].map(([file, body]) => ({ params: { file }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': 'application/json' } });
