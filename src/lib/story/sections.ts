import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SectionSource } from './problems';

export const STORY_DIR = 'content/story';

/** A section file split into its frontmatter and body, counting the lines the body starts after. */
function splitSection(id: string, file: string, raw: string): SectionSource {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  const front = m ? ((parse(m[1]) ?? {}) as SectionSource['data']) : {};
  const head = m ? m[0] : '';
  return { id, file, body: raw.slice(head.length), bodyLine: head.split('\n').length - 1, data: front };
}

/** Every section of every edition, from disk: English at content/story/*.mdx, each other edition in a folder named by its language. */
export function readSections(root = process.cwd()): SectionSource[] {
  const dir = join(root, STORY_DIR);
  const out: SectionSource[] = [];
  const folders = ['', ...readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)];
  for (const folder of folders) {
    const at = join(dir, folder);
    if (!existsSync(at)) continue;
    for (const name of readdirSync(at).filter((n) => n.endsWith('.mdx')).sort()) {
      const id = (folder ? `${folder}/` : '') + name.replace(/\.mdx$/, '');
      out.push(splitSection(id, `${STORY_DIR}/${folder ? `${folder}/` : ''}${name}`, readFileSync(join(at, name), 'utf8')));
    }
  }
  return out;
}
