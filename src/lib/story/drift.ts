import { scrollyOutline } from './steps';

/** The edition a story section belongs to, from its entry id: "es/02-legal" is Spanish, "02-legal" English. */
export const sectionLang = (id: string) => (id.includes('/') ? id.split('/')[0] : 'en');

/**
 * The Spanish edition must tell the story in the same steps with the same figure states, so
 * one figure state serves both: every section on both sides, the same <Scrolly> figures and,
 * step by step, the same props. Text is free; structure is not.
 */
export interface EditionSection {
  /** The file, as the writer will look for it: content/story/es/02-legal.mdx */
  file: string;
  slug: string;
  order: number;
  kind: string;
  body: string;
  /** Lines of the file before the body (its frontmatter). */
  bodyLine?: number;
}

/** Props in a fixed order, so two steps compare as text. */
const propsText = (props: Record<string, string>) =>
  Object.entries(props).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}="${v}"`).join(' ');

function skeleton({ body, bodyLine = 0 }: EditionSection) {
  return scrollyOutline(body).map((s) => ({ ...s, line: s.line + bodyLine, steps: s.steps.map((st) => ({ props: propsText(st.props), line: st.line + bodyLine })) }));
}

/** Every way the translation has drifted from the source edition, each naming the file and line to fix. */
export function editionDrift(source: EditionSection[], translation: EditionSection[], lang: string): string[] {
  const problems: string[] = [];
  const bySlug = new Map(translation.map((s) => [s.slug, s]));
  for (const en of source) {
    const tr = bySlug.get(en.slug);
    if (!tr) {
      problems.push(`${en.file}: section "${en.slug}" has no ${lang} twin (expected a file with slug: ${en.slug} in content/story/${lang}/)`);
      continue;
    }
    bySlug.delete(en.slug);
    if (tr.order !== en.order || tr.kind !== en.kind) {
      problems.push(`${tr.file}: order ${tr.order}, kind "${tr.kind}" should match ${en.file} (order ${en.order}, kind "${en.kind}")`);
    }
    const a = skeleton(en);
    const b = skeleton(tr);
    if (a.map((s) => s.figure).join() !== b.map((s) => s.figure).join()) {
      problems.push(`${tr.file}: figures [${b.map((s) => s.figure).join(', ')}] should be [${a.map((s) => s.figure).join(', ')}] as in ${en.file}`);
      continue;
    }
    a.forEach((scrolly, k) => {
      const other = b[k];
      if (scrolly.steps.length !== other.steps.length) {
        problems.push(`${tr.file}:${other.line} <Scrolly figure="${scrolly.figure}"> has ${other.steps.length} steps; ${en.file}:${scrolly.line} has ${scrolly.steps.length}`);
      }
      scrolly.steps.forEach((step, i) => {
        const twin = other.steps[i];
        if (twin && twin.props !== step.props) {
          problems.push(`${tr.file}:${twin.line} step ${i + 1} of "${scrolly.figure}" is <Step ${twin.props}>; ${en.file}:${step.line} is <Step ${step.props}>`);
        }
      });
    });
  }
  for (const extra of bySlug.values()) problems.push(`${extra.file}: section "${extra.slug}" is not in the English edition`);
  return problems;
}
