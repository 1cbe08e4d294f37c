// The strip over the grid: visits, arrived and no-shows of the day; revenue keeps its place until payments exist.

import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalog';
import { h } from '../../shell/h';
import type { DaySummary } from '../status';

export function summaryStrip(summary: DaySummary, locale: string): HTMLElement {
  const count = new Intl.NumberFormat(locale);
  const item = (name: string, label: MessageKey, value: string, title?: string) =>
    h('div', { class: 'cal-summary-item', 'data-summary': name, title },
      h('dt', {}, t(label)), h('dd', {}, value));
  return h('dl', { class: 'cal-summary', 'aria-label': t('calendar.summary.label') },
    item('visits', 'calendar.summary.visits', count.format(summary.visits)),
    item('arrived', 'calendar.summary.arrived', count.format(summary.arrived)),
    item('no-shows', 'calendar.summary.noShows', count.format(summary.noShows)),
    item('revenue', 'calendar.summary.revenue', '—', t('calendar.summary.revenueLater')));
}
