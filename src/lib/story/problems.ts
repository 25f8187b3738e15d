import type { Edition } from '../data/schemas';
import type { Tables } from '../data/load';
import { rowSources, sourceIndex } from '../data/sources';
import { checkStory, type FigureSpec, type StoryFacts } from './checkStory';
import { editionDrift, sectionLang, type EditionSection } from './drift';
import { rowIndex } from './facts';
import { weaklySourcedRows, weaklySourcedSteps } from './sourcing';

/** One story section as the check reads it: its id ("es/02-legal"), file, frontmatter and MDX body. */
export interface SectionSource {
  id: string;
  file: string;
  body: string;
  /** Lines of the file before the body (the frontmatter), so problems point at the file's own lines. */
  bodyLine: number;
  data: { kind?: string; slug?: string; order?: number };
}

/**
 * Every problem in the story's sections (tags, props against the figures and the data, the
 * editions telling the same steps) and every warning (steps citing only weak sources). The build
 * fails on a problem; `astro dev` shows it in the browser (src/content.config.ts).
 */
export function storyProblems(
  sections: readonly SectionSource[],
  editions: Record<string, Edition>,
  data: Tables,
  figures: Record<string, FigureSpec<StoryFacts>>,
): { problems: string[]; warnings: string[] } {
  const rows = rowIndex(data);
  const bySource = sourceIndex(data.sources);
  const cited = rowSources(data);
  const problems: string[] = [];
  const warnings: string[] = [];
  const byLang = new Map<string, EditionSection[]>();
  for (const s of sections) {
    const lang = sectionLang(s.id);
    const kind = String(s.data.kind ?? 'section');
    const asOf = (editions[lang] ?? editions.en).as_of;
    // The parser counts lines from the body; the writer reads them in the file.
    const inFile = (p: string) => p.replace(/^([^:\s]+):(\d+):/, (_m, f: string, line: string) => `${f}:${Number(line) + s.bodyLine}:`);
    if (!editions[lang]) problems.push(`${s.file}: content/story.yaml has no "${lang}:" edition for this folder`);
    problems.push(...checkStory(s.file, s.body, { figures, facts: { asOf, rows, kind } }).map(inFile));
    warnings.push(...weaklySourcedSteps(s.file, s.body, cited, bySource).map(inFile));
    const list = byLang.get(lang) ?? [];
    list.push({ file: s.file, slug: String(s.data.slug), order: Number(s.data.order), kind, body: s.body, bodyLine: s.bodyLine });
    byLang.set(lang, list);
  }
  const { strikes, events, deployments, troopLevels, votes, facts, tallies } = data;
  warnings.push(...weaklySourcedRows({ strikes, events, deployments, troop_levels: troopLevels, votes, facts, tallies }, bySource));
  // Every edition tells the story in the same steps with the same figure states.
  for (const [lang, list] of byLang) if (lang !== 'en') problems.push(...editionDrift(byLang.get('en') ?? [], list, lang));
  return { problems, warnings };
}

/** How the build reports the problems: one error naming each. */
export function problemsError(problems: readonly string[], { dev = false } = {}): Error {
  const one = problems.length === 1;
  const head = dev
    ? `${one ? 'A problem' : `${problems.length} problems`} in content/, to fix and save`
    : one ? 'A problem in content/ stops the build' : `${problems.length} problems in content/ stop the build`;
  return new Error(`${head}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
