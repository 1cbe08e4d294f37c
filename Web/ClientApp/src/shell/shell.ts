import './shell.css';
import { languages, type MessageKey } from '../i18n/catalog';
import { currentLanguage, onLanguageChange, setLanguage, t } from '../i18n/i18n';
import { h, type Child } from './h';

export type PageName = 'calendar' | 'lobby' | 'desk' | 'ticket' | 'formats' | 'stock' | 'client' | 'settle' | 'close' | 'sign-in';

export interface PageDefinition {
  readonly name: PageName;
  /** Draws the page's body in the current language; called again after each language switch. */
  readonly body: () => Child | readonly Child[];
}

/** Draws the shared shell (product name, page title, language switch) around a page, and redraws it when the language changes. */
export function startPage(page: PageDefinition): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('the page has no #app element to draw into');
  const draw = (): void => {
    const titleKey: MessageKey = `page.${page.name}.title` as const;
    const title = t(titleKey);
    document.documentElement.lang = currentLanguage();
    document.title = `${title} · ${t('product.name')}`;
    const body = page.body();
    root.replaceChildren(
      h('header', { class: 'shell-header' },
        h('span', { class: 'shell-product' }, t('product.name')),
        h('h1', { class: 'shell-title' }, title),
        languageSwitch()),
      h('main', { class: 'shell-main', 'data-page': page.name }, ...(Array.isArray(body) ? body : [body])));
  };
  onLanguageChange(draw);
  draw();
}

function languageSwitch(): HTMLElement {
  return h('div', { class: 'shell-languages', role: 'group', 'aria-label': t('language.label') },
    ...languages.map((language) => h('button', {
      type: 'button',
      lang: language,
      'data-language': language,
      'aria-pressed': String(language === currentLanguage()),
      onclick: () => setLanguage(language),
    }, language.toUpperCase())));
}

/** A page that is not built yet: the shell around one sentence saying what will be there. */
export function startPlaceholderPage(name: Exclude<PageName, 'formats' | 'client' | 'settle' | 'close'>, params?: Readonly<Record<string, string>>): void {
  const key: MessageKey = `page.${name}.placeholder` as const;
  startPage({ name, body: () => h('p', { class: 'shell-placeholder' }, t(key, params)) });
}
