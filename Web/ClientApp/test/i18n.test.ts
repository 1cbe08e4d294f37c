import { describe, expect, it } from 'vitest';
import { chooseLanguage, formattingLocale, translate } from '../src/i18n/i18n';

describe('the language is chosen from the switch, then the browser', () => {
  it('takes the persisted switch first', () => {
    expect(chooseLanguage('ru', ['en-US', 'en'])).toBe('ru');
  });

  it('takes the first browser language it has when nothing was chosen, or a choice it does not know', () => {
    expect(chooseLanguage(null, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(chooseLanguage('xx', ['EN-gb'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(chooseLanguage(null, ['de', 'fr'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });

  it('formats in the browser’s regional variant of the chosen language', () => {
    expect(formattingLocale('en', ['ru-RU', 'en-GB'])).toBe('en-GB');
    expect(formattingLocale('ru', ['en-GB'])).toBe('ru');
  });
});

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'page.ticket.placeholder', { number: 'A-015' })).toBe('The status of ticket A-015 will be shown here.');
    expect(translate('ru', 'page.ticket.placeholder')).toBe('Здесь будет показано состояние талона {number}.');
  });
});
