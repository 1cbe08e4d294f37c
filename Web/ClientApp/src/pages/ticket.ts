import '../queue/queue.css';
import type { VersionedItem } from '../realtime/contract';
import { formatTime } from '../i18n/format';
import { currentLocale, onLanguageChange, t } from '../i18n/i18n';
import { connectLiveHub } from '../realtime/liveHub';
import type { ConnectionStatus } from '../realtime/realtimeClient';
import { queueApi, QueueRefusal } from '../queue/queueApi';
import type { TicketState } from '../queue/types';
import { fill } from '../queue/fill';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// A ticket's holder, from the QR on the ticket: /ticket/{ticketId}. It follows queue-ticket:{ticketId}, whose items
// are the counters the ticket passed through; the one where it is not marked transferred is where it is now.
const ticketId = decodeURIComponent(/^\/ticket\/([^/]+)/.exec(location.pathname)?.[1] ?? '');
// The id's shape ({branch}.{line}.{yyyyMMdd}.{sequence}.{secret}), checked here so a mistyped address is told at once.
const wellFormed = /^[a-z0-9_-]+\.[a-z0-9_-]+\.\d{8}\.\d+\.[a-z0-9_-]+$/.test(ticketId);

const view = h('div', { class: 'ticket' });
const states = new Map<string, TicketState>();
let status: ConnectionStatus = 'connecting';
let missing = false;

startPage({ name: 'ticket', body: () => view });
onLanguageChange(render);
render();
void start();

async function start(): Promise<void> {
  if (!wellFormed) {
    missing = true;
    render();
    return;
  }
  try {
    const first = await queueApi.ticket(ticketId);
    states.set('first', first);
  } catch (error) {
    missing = error instanceof QueueRefusal && error.status === 404;
    render();
    if (missing) return;
  }
  render();
  const live = connectLiveHub({ onStatus: (next) => ((status = next), render()) });
  live.subscribe<TicketState>(`queue-ticket:${ticketId}`, {
    snapshot: (items: readonly VersionedItem<TicketState>[]) => {
      states.clear();
      for (const item of items) states.set(item.key, item.data);
      render();
    },
    change: (key, data) => {
      const before = current()?.ticket.status;
      states.set(key, data);
      if (before !== 'Called' && data.ticket.status === 'Called') navigator.vibrate?.([300, 150, 300]);
      render();
    },
  });
}

function current(): TicketState | undefined {
  const all = [...states.values()];
  return all.find((s) => s.ticket.status !== 'Transferred') ?? all.at(-1);
}

function render(): void {
  if (missing) {
    fill(view, h('p', { class: 'queue-message', 'data-kind': 'error', 'data-ticket-state': 'missing' }, t('ticket.notFound')));
    return;
  }
  const state = current();
  if (!state) {
    fill(view, h('p', {}, t('queue.connecting')));
    return;
  }
  const ticket = state.ticket;
  fill(view, 
    status === 'connected' || status === 'connecting' ? null : h('div', { class: 'queue-status', role: 'status' }, t('queue.reconnecting')),
    h('div', { class: 'ticket-number', 'data-number': ticket.number }, ticket.number),
    h('p', {}, t('ticket.line', { line: state.lineName })),
    ...progress(state),
    h('p', {}, t('ticket.takenAt', { time: formatTime(ticket.issuedAt, state.branch.timeZone, currentLocale()) })));
}

function progress(state: TicketState): (HTMLElement | null)[] {
  const ticket = state.ticket;
  switch (ticket.status) {
    case 'Called':
      return [h('p', { class: 'ticket-turn', 'data-ticket-state': 'called' }, t('ticket.yourTurn', { desk: ticket.deskLabel ?? '' }))];
    case 'Served':
      return [h('p', { 'data-ticket-state': 'served' }, t('ticket.served'))];
    case 'NoShow':
      return [h('p', { 'data-ticket-state': 'no-show' }, t('ticket.noShow'))];
    default:
      return [
        h('p', { 'data-ticket-state': 'waiting', 'data-ahead': state.peopleAhead ?? 0 }, t('ticket.ahead', { count: String(state.peopleAhead ?? 0) })),
        state.estimatedWaitMinutes === null ? null : h('p', {}, t('ticket.wait', { minutes: String(state.estimatedWaitMinutes) })),
        ticket.transferredFrom ? h('p', {}, t('ticket.moved')) : null,
      ];
  }
}
