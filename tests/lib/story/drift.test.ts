import { describe, expect, it } from 'vitest';
import { editionDrift, type EditionSection } from '../../../src/lib/story/drift';

const en: EditionSection = {
  file: 'content/story/02-legal.mdx', slug: 'legal', order: 2, kind: 'section',
  body: 'Intro.\n<Scrolly figure="legal">\n  <Step panel="zones" through="2025-11-10">\n\n  One.\n\n  </Step>\n  <Step through="2025-11-10" panel="frames">\n\n  Two.\n\n  </Step>\n</Scrolly>\n',
};
const es = (body: string, more: Partial<EditionSection> = {}): EditionSection => ({ ...en, file: 'content/story/es/02-legal.mdx', body, ...more });

describe('editionDrift: the two editions tell the story in the same steps', () => {
  it('accepts other words and other prop order in the same steps', () => {
    const body = 'Introducción.\n<Scrolly figure="legal">\n  <Step through="2025-11-10" panel="zones">\n\n  Uno.\n\n  </Step>\n  <Step panel="frames" through="2025-11-10">\n\n  Dos.\n\n  </Step>\n</Scrolly>\n';
    expect(editionDrift([en], [es(body)], 'es')).toEqual([]);
  });

  it('names a step whose figure state differs, with both files and lines', () => {
    expect(editionDrift([en], [es(en.body.replace('panel="frames"', 'panel="target"'))], 'es')).toEqual([
      'content/story/es/02-legal.mdx:8 step 2 of "legal" is <Step panel="target" through="2025-11-10">; content/story/02-legal.mdx:8 is <Step panel="frames" through="2025-11-10">',
    ]);
  });

  it('names a missing step, a missing section and an extra one', () => {
    const oneStep = en.body.replace(/  <Step through[\s\S]*?<\/Step>\n/, '');
    expect(editionDrift([en], [es(oneStep)], 'es')).toEqual(['content/story/es/02-legal.mdx:2 <Scrolly figure="legal"> has 1 steps; content/story/02-legal.mdx:2 has 2']);
    expect(editionDrift([en], [es('x', { slug: 'legal-es' })], 'es')).toEqual([
      'content/story/02-legal.mdx: section "legal" has no es twin (expected a file with slug: legal in content/story/es/)',
      'content/story/es/02-legal.mdx: section "legal-es" is not in the English edition',
    ]);
  });

  it('names a different figure or section order', () => {
    expect(editionDrift([en], [es(en.body.replace('figure="legal"', 'figure="timeline"'))], 'es')[0]).toMatch(/figures \[timeline\] should be \[legal\]/);
    expect(editionDrift([en], [es(en.body, { order: 3 })], 'es')[0]).toMatch(/order 3, kind "section" should match/);
  });
});
