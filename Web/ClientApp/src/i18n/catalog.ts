import { en } from './en';
import { ru } from './ru';

export type MessageKey = keyof typeof en;

/** A catalog has a string for every key of the English one: a missing or unknown key fails `tsc`. */
export type Catalog = { readonly [K in MessageKey]: string };

export const languages = ['en', 'ru'] as const;
export type Language = (typeof languages)[number];

export const catalogs: { readonly [L in Language]: Catalog } = { en, ru };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
