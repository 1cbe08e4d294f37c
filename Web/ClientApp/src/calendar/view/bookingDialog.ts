// The dialog a booking block opens: what was booked, for whom and when, and the buttons that take the visit on
// (confirm, check in, start, complete, no-show, cancel with a reason). The grid changes when the engine's push
// arrives, as it does for every other desk. Its history, for those who may read it, lists each change with who made
// it, and each can be undone (the engine makes a new change; it refuses when the time is taken since).

import { t } from '../../i18n/i18n';
import { formatDateTime, formatMoney, formatTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/catalog';
import { h } from '../../shell/h';
import { ApiRefusal, getJson, UserAction } from '../api';
import { actionPath, actionsFor, type BookingAction } from '../bookingActions';
import { historyLabel, newestFirst, type HistoryEntry } from '../history';
import type { Booking } from '../types';
import { openDialog } from './dialog';

export interface BookingDialogProps {
  readonly booking: Booking;
  readonly specialistName: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly onDone: (booking: Booking, action: BookingAction | 'revert') => void;
}

export function openBookingDialog(props: BookingDialogProps): HTMLDialogElement {
  const { booking } = props;
  const action = new UserAction();
  const error = h('p', { class: 'bf-error', role: 'alert' });
  const reason = h('input', { id: 'bd-reason', name: 'reason', maxlength: '500', autocomplete: 'off' }) as HTMLInputElement;
  const reasonRow = h('div', { class: 'bf-row', hidden: true }, h('label', { for: 'bd-reason' }, t('calendar.booking.reason')), reason);
  const when = `${formatTime(booking.start, props.timeZone, props.locale)}–${formatTime(booking.end, props.timeZone, props.locale)}`;

  const send = async (button: HTMLButtonElement, chosen: BookingAction) => {
    if (chosen === 'cancel' && reasonRow.hidden) {
      // The first press asks why; the second sends it.
      reasonRow.hidden = false;
      reason.focus();
      return;
    }
    if (chosen === 'cancel' && !reason.value.trim()) {
      error.textContent = t('calendar.booking.needReason');
      return;
    }
    error.textContent = '';
    for (const b of buttons) b.disabled = true;
    try {
      const done = await action.send<Booking>('POST', actionPath(booking.number, chosen), chosen === 'cancel' ? { reason: reason.value.trim() } : {});
      dialog.close();
      props.onDone(done, chosen);
    } catch (failure) {
      error.textContent = failure instanceof ApiRefusal ? failure.message : t('calendar.unreachable');
    } finally {
      for (const b of buttons) b.disabled = false;
      button.focus();
    }
  };

  const buttons = actionsFor(booking, new Date()).map((chosen) => {
    const button = h('button', { type: 'button', 'data-action': chosen }, t(`calendar.booking.action.${chosen}` as MessageKey)) as HTMLButtonElement;
    button.addEventListener('click', () => void send(button, chosen));
    return button;
  });

  const history = h('ol', { class: 'bd-history', 'aria-live': 'polite', hidden: true });
  const showHistory = h('button', { type: 'button', 'data-action': 'history' }, t('calendar.booking.history')) as HTMLButtonElement;
  const entryRow = (entry: HistoryEntry) => {
    const label = historyLabel(entry.command);
    const undo = h('button', { type: 'button', 'data-undo': entry.id }, t('calendar.booking.undo')) as HTMLButtonElement;
    undo.addEventListener('click', async () => {
      error.textContent = '';
      undo.disabled = true;
      try {
        const done = await action.send<Booking>('POST', `/api/bookings/${encodeURIComponent(booking.number)}/revert`, { entryId: entry.id });
        dialog.close();
        props.onDone(done, 'revert');
      } catch (failure) {
        error.textContent = failure instanceof ApiRefusal ? failure.message : t('calendar.unreachable');
      } finally {
        undo.disabled = false;
      }
    });
    return h('li', { 'data-entry': entry.id, 'data-command': entry.command },
      `${formatDateTime(entry.at, props.timeZone, props.locale)} · ${entry.actor} · ${label ? t(label) : entry.command} `, undo);
  };
  showHistory.addEventListener('click', async () => {
    showHistory.disabled = true;
    history.hidden = false;
    history.replaceChildren(h('li', {}, t('calendar.booking.historyLoading')));
    try {
      const entries = await getJson<readonly HistoryEntry[]>(`/api/bookings/${encodeURIComponent(booking.number)}/history`);
      history.replaceChildren(...newestFirst(entries).map(entryRow));
    } catch (failure) {
      history.replaceChildren();
      history.hidden = true;
      error.textContent = failure instanceof ApiRefusal ? failure.message : t('calendar.unreachable');
    } finally {
      showHistory.disabled = false;
    }
  });

  const dialog = openDialog('booking', 'bd-title',
    h('h2', { id: 'bd-title' }, t('calendar.booking.title', { number: booking.number })),
    h('dl', { class: 'cc-stats' },
      h('div', { 'data-field': 'when' }, h('dt', {}, t('calendar.booking.when')), h('dd', {}, `${when} · ${props.specialistName}`)),
      h('div', { 'data-field': 'client' }, h('dt', {}, t('calendar.form.client')),
        h('dd', {}, booking.client.phone ? `${booking.client.name} · ${booking.client.phone}` : booking.client.name)),
      h('div', { 'data-field': 'services' }, h('dt', {}, t('calendar.form.services')), h('dd', {}, booking.services.map((s) => s.serviceName).join(', '))),
      h('div', { 'data-field': 'total' }, h('dt', {}, t('calendar.booking.total')),
        h('dd', {}, formatMoney(booking.total.minor, booking.total.currency, props.locale))),
      h('div', { 'data-field': 'status' }, h('dt', {}, t('calendar.booking.status')),
        h('dd', {}, t(`calendar.status.${booking.status}` as MessageKey))),
      ...(booking.notes ? [h('div', { 'data-field': 'notes' }, h('dt', {}, t('calendar.form.notes')), h('dd', {}, booking.notes))] : [])),
    reasonRow,
    history,
    error,
    h('div', { class: 'bf-actions' }, ...buttons, showHistory, h('button', { type: 'button', onclick: () => dialog.close() }, t('calendar.card.close'))));
  buttons[0]?.focus();
  return dialog;
}
