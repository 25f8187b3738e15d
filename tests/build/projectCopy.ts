import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a fresh checkout holds that a build reads. */
const PROJECT = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'svelte.config.js'];

/** A copy of the project in a temporary folder (sharing node_modules), to break or extend without touching the real one. */
export function copyProject(prefix = 'story-copy-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT) cpSync(join(process.cwd(), entry), join(dir, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replace the first `from` in a file of the copy; a test whose anchor text is gone fails here, not silently. */
export function replaceIn(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}
