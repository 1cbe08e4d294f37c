// The strip over the grid: visits, arrived and no-shows of the day, and the revenue of the visits settled that day.

import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalog';
import { formatMoney } from '../../i18n/format';
import { h } from '../../shell/h';
import type { DaySummary } from '../status';

/** Revenue is undefined until the day's takings have been read. */
export function summaryStrip(summary: DaySummary, locale: string, revenue?: { readonly minor: number; readonly currency: string }): HTMLElement {
  const count = new Intl.NumberFormat(locale);
  const item = (name: string, label: MessageKey, value: string, title?: string) =>
    h('div', { class: 'cal-summary-item', 'data-summary': name, title },
      h('dt', {}, t(label)), h('dd', {}, value));
  return h('dl', { class: 'cal-summary', 'aria-label': t('calendar.summary.label') },
    item('visits', 'calendar.summary.visits', count.format(summary.visits)),
    item('arrived', 'calendar.summary.arrived', count.format(summary.arrived)),
    item('no-shows', 'calendar.summary.noShows', count.format(summary.noShows)),
    revenue ? item('revenue', 'calendar.summary.revenue', formatMoney(revenue.minor, revenue.currency, locale))
      : item('revenue', 'calendar.summary.revenue', '—', t('calendar.summary.revenueLater')));
}
