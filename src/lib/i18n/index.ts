import { en, type Strings } from './en';

export const editions = { en } satisfies Record<string, Strings>;
export type Lang = keyof typeof editions;

export function strings(lang: Lang): Strings {
  return editions[lang];
}
