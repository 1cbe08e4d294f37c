// The booking form a free cell opens: a client found by phone or name or typed in new, one or several of the
// specialist's services, notes, confirmed or not. The engine decides; a refusal is shown as it worded it.

import { t } from '../../i18n/i18n';
import { formatLocalDate, formatMoney } from '../../i18n/format';
import { h } from '../../shell/h';
import { api, ApiRefusal, UserAction, type NewBooking } from '../api';
import type { Booking, ClientCard, Service } from '../types';
import { formatHm } from '../wallClock';
import { openDialog } from './dialog';

export interface BookingFormProps {
  readonly branchId: string;
  readonly specialistId: string;
  readonly specialistName: string;
  readonly date: string;
  readonly startMinutes: number;
  readonly services: readonly Service[];
  readonly locale: string;
  readonly onBooked: (booking: Booking) => void;
}

export function openBookingForm(props: BookingFormProps): HTMLDialogElement {
  const action = new UserAction(); // one key for this form's booking, kept across retries until the engine answers
  const start = h('input', { id: 'bf-start', name: 'start', type: 'time', step: 300, required: true, value: formatHm(props.startMinutes) });
  const find = h('input', { id: 'bf-find', name: 'find', type: 'search', autocomplete: 'off' });
  const found = h('div', { class: 'bf-found', role: 'radiogroup', 'aria-label': t('calendar.form.client') });
  const none = h('p', { class: 'bf-none', hidden: true }, t('calendar.form.noClientFound'));
  const name = h('input', { id: 'bf-name', name: 'name', autocomplete: 'off', oninput: () => clearChoice() });
  const phone = h('input', { id: 'bf-phone', name: 'phone', type: 'tel', autocomplete: 'off', oninput: () => clearChoice() });
  const notes = h('textarea', { id: 'bf-notes', name: 'notes', rows: 2 });
  const confirmed = h('input', { id: 'bf-confirmed', name: 'confirmed', type: 'checkbox' });
  const error = h('p', { class: 'bf-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('calendar.form.submit'));
  const serviceBoxes = props.services.map((service) =>
    h('label', { class: 'bf-service' },
      h('input', { type: 'checkbox', name: 'service', value: service.id }),
      ` ${service.name} · ${t('calendar.form.duration', { minutes: String(service.durationMinutes) })} · ${formatMoney(service.price.minor, service.price.currency, props.locale)}`));

  const clearChoice = () => found.querySelectorAll('input').forEach((radio) => (radio.checked = false));
  let searchSeq = 0;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  find.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void search(find.value.trim()), 250);
  });
  const search = async (query: string) => {
    const seq = ++searchSeq;
    if (query.length < 2) {
      found.replaceChildren();
      none.hidden = true;
      return;
    }
    let clients: readonly ClientCard[];
    try {
      clients = await api.findClients(query);
    } catch {
      return; // the list stays as it was; typing again retries
    }
    if (seq !== searchSeq) return;
    found.replaceChildren(...clients.map((client, index) =>
      h('label', { class: 'bf-client' },
        h('input', { type: 'radio', name: 'client', value: client.id, checked: index === 0 && clients.length === 1 }),
        ` ${client.name}${client.phones[0] ? ` · ${client.phones[0]}` : ''}`)));
    none.hidden = clients.length > 0;
    if (clients.length === 0) {
      // What was typed is most likely the new client's phone or name.
      if (/\d{5,}/.test(query.replace(/\D/g, ''))) phone.value ||= query;
      else name.value ||= query;
    }
  };

  const form = h('form', { class: 'bf-form', novalidate: true },
    h('h2', { id: 'bf-title' }, t('calendar.form.title')),
    h('p', { class: 'bf-with' }, t('calendar.form.with', { specialist: props.specialistName, date: formatLocalDate(props.date, props.locale) })),
    h('div', { class: 'bf-row' }, h('label', { for: 'bf-start' }, t('calendar.form.start')), start),
    h('fieldset', {}, h('legend', {}, t('calendar.form.client')),
      h('div', { class: 'bf-row' }, h('label', { for: 'bf-find' }, t('calendar.form.findClient')), find),
      found, none,
      h('fieldset', {}, h('legend', {}, t('calendar.form.newClient')),
        h('div', { class: 'bf-row' }, h('label', { for: 'bf-name' }, t('calendar.form.name')), name),
        h('div', { class: 'bf-row' }, h('label', { for: 'bf-phone' }, t('calendar.form.phone')), phone))),
    h('fieldset', { class: 'bf-services' }, h('legend', {}, t('calendar.form.services')), ...serviceBoxes),
    h('div', { class: 'bf-row' }, h('label', { for: 'bf-notes' }, t('calendar.form.notes')), notes),
    h('div', { class: 'bf-check' }, confirmed, h('label', { for: 'bf-confirmed' }, t('calendar.form.confirmed'))),
    error,
    h('div', { class: 'bf-actions' }, submit, h('button', { type: 'button', onclick: () => dialog.close() }, t('calendar.form.cancel'))));

  const request = (): NewBooking | string => {
    const chosen = found.querySelector<HTMLInputElement>('input:checked')?.value;
    const client = chosen ? { id: chosen } : name.value.trim() && phone.value.trim() ? { name: name.value.trim(), phone: phone.value.trim() } : null;
    if (!client) return t('calendar.form.needClient');
    const serviceIds = serviceBoxes.map((box) => box.querySelector('input')!).filter((box) => box.checked).map((box) => box.value);
    if (serviceIds.length === 0) return t('calendar.form.needService');
    const body: NewBooking = {
      branchId: props.branchId, specialistId: props.specialistId, date: props.date, start: start.value, serviceIds, client,
      confirmed: confirmed.checked, source: 'Reception',
    };
    return notes.value.trim() ? { ...body, notes: notes.value.trim() } : body;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = request();
    if (typeof body === 'string') {
      error.textContent = body;
      return;
    }
    error.textContent = '';
    submit.disabled = true;
    submit.textContent = t('calendar.form.sending');
    try {
      const booking = await action.send<Booking>('POST', '/api/bookings', body);
      dialog.close();
      props.onBooked(booking);
    } catch (failure) {
      error.textContent = failure instanceof ApiRefusal ? failure.message : t('calendar.unreachable');
    } finally {
      submit.disabled = false;
      submit.textContent = t('calendar.form.submit');
    }
  });

  const dialog = openDialog('booking-form', 'bf-title', form);
  find.focus();
  return dialog;
}
