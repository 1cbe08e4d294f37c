import { catalogs, isLanguage, type Language, type MessageKey } from './catalog';

const storageKey = 'frontdesk.language';

/** The switch's persisted choice wins; otherwise the first of the browser's languages that we have; otherwise English. */
export function chooseLanguage(persisted: string | null, preferred: readonly string[]): Language {
  if (isLanguage(persisted)) return persisted;
  for (const tag of preferred) {
    const base = baseLanguage(tag);
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The locale numbers and dates are formatted in: the browser's own tag for the chosen language when it has one,
 * so an en-GB receptionist keeps day-month order, else the bare language.
 */
export function formattingLocale(language: Language, preferred: readonly string[]): string {
  return preferred.find((tag) => baseLanguage(tag) === language) ?? language;
}

/** The message in that language, with `{name}` placeholders filled from params. */
export function translate(language: Language, key: MessageKey, params: Readonly<Record<string, string>> = {}): string {
  return catalogs[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

let current: Language | undefined;
const listeners = new Set<(language: Language) => void>();

export function currentLanguage(): Language {
  current ??= chooseLanguage(readPersisted(), navigator.languages);
  return current;
}

/** Switches the page's language, remembers it for the next visit, and tells whoever draws text. */
export function setLanguage(language: Language): void {
  current = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be refused (private mode, a locked-down kiosk profile): the switch still works for this page.
  }
  document.documentElement.lang = language;
  for (const listener of listeners) listener(language);
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function t(key: MessageKey, params?: Readonly<Record<string, string>>): string {
  return translate(currentLanguage(), key, params);
}

export function currentLocale(): string {
  return formattingLocale(currentLanguage(), navigator.languages);
}

function readPersisted(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
