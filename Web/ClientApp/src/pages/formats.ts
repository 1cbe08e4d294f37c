import { currentLocale, t } from '../i18n/i18n';
import { formatDate, formatLocalDate, formatMoney, formatTime } from '../i18n/format';
import type { MessageKey } from '../i18n/catalog';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// A preview of how money, dates and times look in each language, for support and for the browser tests:
// /app/pages/formats.html?minor=1234567&currency=RUB&at=2026-03-08T07:30:00Z&zone=America/New_York&day=2026-03-08
const query = new URLSearchParams(location.search);
const minor = query.get('minor') ?? '1234567';
const currency = query.get('currency') ?? 'RUB';
const at = query.get('at') ?? new Date().toISOString();
const zone = query.get('zone') ?? 'Europe/Moscow';
const day = query.get('day') ?? at.slice(0, 10);

function row(label: MessageKey, name: string, value: () => string): HTMLElement[] {
  return [h('dt', {}, t(label)), h('dd', { 'data-format': name }, value())];
}

startPage({
  name: 'formats',
  body: () => {
    const locale = currentLocale();
    return [
      h('p', {}, t('page.formats.placeholder')),
      h('dl', {},
        ...row('formats.money', 'money', () => formatMoney(minor, currency, locale)),
        ...row('formats.date', 'date', () => formatDate(at, zone, locale)),
        ...row('formats.time', 'time', () => formatTime(at, zone, locale)),
        ...row('formats.day', 'day', () => formatLocalDate(day, locale)),
        ...row('formats.zone', 'zone', () => zone)),
    ];
  },
});
