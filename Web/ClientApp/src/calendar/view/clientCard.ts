// The short card a client's name on a block opens: visits, no-shows, last visit, what completed visits came to,
// and their bookings across the chain, each of which can be opened on its day.

import { t } from '../../i18n/i18n';
import { formatDateTime, formatLocalDate, formatMoney } from '../../i18n/format';
import type { MessageKey } from '../../i18n/catalog';
import { h } from '../../shell/h';
import { api } from '../api';
import { clientStats } from '../clientStats';
import type { Booking } from '../types';
import { openDialog } from './dialog';

export interface ClientCardProps {
  readonly clientId: string;
  readonly name: string;
  readonly phone: string | null;
  readonly locale: string;
  readonly timeZoneOf: (branchId: string) => string;
  readonly onOpen: (booking: Booking) => void;
}

const listed = 12;

export function openClientCard(props: ClientCardProps): HTMLDialogElement {
  const body = h('div', { class: 'cc-body', 'aria-live': 'polite' }, t('calendar.card.loading'));
  const dialog = openDialog('client-card', 'cc-title',
    h('h2', { id: 'cc-title' }, t('calendar.card.title')),
    h('p', { class: 'cc-name' }, h('strong', {}, props.name), props.phone ? ` · ${props.phone}` : ''),
    body,
    h('div', { class: 'bf-actions' }, h('button', { type: 'button', onclick: () => dialog.close() }, t('calendar.card.close'))));
  void api.clientBookings(props.clientId).then(
    (bookings) => body.replaceChildren(...content(bookings, props, () => dialog.close())),
    (error: unknown) => body.replaceChildren(error instanceof Error ? error.message : String(error)));
  return dialog;
}

function content(bookings: readonly Booking[], props: ClientCardProps, close: () => void): HTMLElement[] {
  const stats = clientStats(bookings, new Date());
  const none = t('calendar.card.none');
  const row = (name: string, label: MessageKey, value: string) => h('div', { 'data-stat': name }, h('dt', {}, t(label)), h('dd', {}, value));
  const when = (b: Booking) => formatDateTime(b.start, props.timeZoneOf(b.branchId), props.locale);
  const recent = [...bookings].sort((a, b) => b.start.localeCompare(a.start)).slice(0, listed);
  return [
    h('dl', { class: 'cc-stats' },
      row('visits', 'calendar.card.visits', String(stats.visits)),
      row('no-shows', 'calendar.card.noShows', String(stats.noShows)),
      row('cancelled', 'calendar.card.cancelled', String(stats.cancelled)),
      row('last-visit', 'calendar.card.lastVisit', stats.lastVisit ? formatLocalDate(stats.lastVisit, props.locale, 'medium') : none),
      row('next', 'calendar.card.next', stats.next ? `${when(stats.next)} · ${stats.next.number}` : none),
      row('spent', 'calendar.card.spent', stats.spent.length ? stats.spent.map((m) => formatMoney(m.minor, m.currency, props.locale)).join(', ') : none)),
    h('h3', {}, t('calendar.card.bookings')),
    h('ul', { class: 'cc-bookings' },
      ...recent.map((b) => h('li', { 'data-number': b.number },
        `${when(b)} · ${b.services.map((s) => s.serviceName).join(', ')} · ${t(`calendar.status.${b.status}` as MessageKey)} `,
        h('button', { type: 'button', 'aria-label': `${t('calendar.card.open')} ${b.number}`, onclick: () => { close(); props.onOpen(b); } }, t('calendar.card.open'))))),
  ];
}
