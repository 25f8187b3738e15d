// What the English page's figures say in the browser, in one module and so one file: the edition's
// formats and shared words, and what each figure shows (the default export of its folder's
// words.en.ts; their atBuild words are left out, no browser code reads them). A file per
// figure's words cost the story page 1.5 KB of gzip in headers and wrappers, past its budget.
export { enFigures as t } from '$lib/i18n/en';
export const figures = import.meta.glob<unknown>('../../../figures/*/words.en.ts', { eager: true, import: 'default' });
