import type { Lang } from '../../src/lib/i18n';
import buildupEn, { atBuild as buildupEnBuilt } from '../../src/figures/buildup/words.en';
import buildupEs, { atBuild as buildupEsBuilt } from '../../src/figures/buildup/words.es';
import casualtiesEn, { atBuild as casualtiesEnBuilt } from '../../src/figures/casualties/words.en';
import casualtiesEs, { atBuild as casualtiesEsBuilt } from '../../src/figures/casualties/words.es';
import legalEn, { atBuild as legalEnBuilt } from '../../src/figures/legal/words.en';
import legalEs, { atBuild as legalEsBuilt } from '../../src/figures/legal/words.es';
import strikemapEn, { atBuild as strikemapEnBuilt } from '../../src/figures/strikemap/words.en';
import strikemapEs, { atBuild as strikemapEsBuilt } from '../../src/figures/strikemap/words.es';
import timelineEn, { atBuild as timelineEnBuilt } from '../../src/figures/timeline/words.en';
import timelineEs, { atBuild as timelineEsBuilt } from '../../src/figures/timeline/words.es';
import unionEn, { atBuild as unionEnBuilt } from '../../src/figures/union/words.en';
import unionEs, { atBuild as unionEsBuilt } from '../../src/figures/union/words.es';

// Each figure's words (its folder's words.<lang>.ts, both exports), for the browser tests to state
// what a reader sees. Imported one by one: Playwright's loader has no import.meta.glob.
const en = {
  buildup: { ...buildupEn, ...buildupEnBuilt },
  casualties: { ...casualtiesEn, ...casualtiesEnBuilt },
  legal: { ...legalEn, ...legalEnBuilt },
  strikemap: { ...strikemapEn, ...strikemapEnBuilt },
  timeline: { ...timelineEn, ...timelineEnBuilt },
  union: { ...unionEn, ...unionEnBuilt },
};
export type FigureWordsByFigure = typeof en;

const es: FigureWordsByFigure = {
  buildup: { ...buildupEs, ...buildupEsBuilt },
  casualties: { ...casualtiesEs, ...casualtiesEsBuilt },
  legal: { ...legalEs, ...legalEsBuilt },
  strikemap: { ...strikemapEs, ...strikemapEsBuilt },
  timeline: { ...timelineEs, ...timelineEsBuilt },
  union: { ...unionEs, ...unionEsBuilt },
};

export const figureWords = (lang: Lang): FigureWordsByFigure => ({ en, es })[lang];
