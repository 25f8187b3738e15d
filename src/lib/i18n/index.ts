import { en, type Strings } from './en';
import { es } from './es';

export const editions = { en, es } satisfies Record<string, Strings>;
export type Lang = keyof typeof editions;

export function strings(lang: Lang): Strings {
  return editions[lang];
}
