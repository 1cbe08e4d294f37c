import '../queue/queue.css';
import { onLanguageChange, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/catalog';
import { connectLiveHub } from '../realtime/liveHub';
import type { ConnectionStatus } from '../realtime/realtimeClient';
import { branchToday, queueTopic } from '../queue/branchClock';
import { branchPicker, deskPicker } from '../queue/pickers';
import { QueueBoard } from '../queue/queueBoard';
import { newKey, queueApi } from '../queue/queueApi';
import type { BranchLines, QueueDesk, TicketCall } from '../queue/types';
import { fill } from '../queue/fill';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// A desk's operator: /desk?branch=…&desk=…, choosing each on the way. The live topic draws the queue; presses go to
// the engine, and what they changed comes back through the topic like any other change.
const query = new URLSearchParams(location.search);
const branchId = query.get('branch');
const deskId = query.get('desk');
const view = h('div', { class: 'desk-page' });
let branches: readonly { id: string; name: string }[] = [];
let setup: BranchLines | undefined;
let status: ConnectionStatus = 'connecting';
let message: { text: string; kind: 'info' | 'error' } | undefined;
let busy = false;
let issueLine = '';
let issuePriority = '';
let transferLine = '';
const board = new QueueBoard(() => render());

startPage({ name: 'desk', body: () => view });
onLanguageChange(render);
void load();

async function load(): Promise<void> {
  try {
    if (!branchId) branches = (await queueApi.branches()).branches;
    else {
      setup = await queueApi.lines(branchId);
      if (deskId) {
        const live = connectLiveHub({ onStatus: (next) => ((status = next), render()) });
        live.subscribe(queueTopic(branchId, branchToday(setup.branch.timeZone)), board);
      }
    }
  } catch (error) {
    message = { text: String(error instanceof Error ? error.message : error), kind: 'error' };
  }
  render();
}

/** Runs a press, one at a time; a refusal is shown in the engine's words. */
async function press(action: () => Promise<string | undefined>): Promise<void> {
  if (busy) return;
  busy = true;
  message = undefined;
  render();
  try {
    const said = await action();
    message = said ? { text: said, kind: 'info' } : undefined;
  } catch (error) {
    message = { text: error instanceof Error ? error.message : String(error), kind: 'error' };
  } finally {
    busy = false;
    render();
  }
}

function desk(): QueueDesk | undefined {
  return board.setup?.desks.find((d) => d.id === deskId) ?? setup?.desks.find((d) => d.id === deskId);
}

function render(): void {
  if (!branchId) return void fill(view, branchPicker(branches));
  if (!setup) return void fill(view, message ? h('p', { class: 'queue-message', 'data-kind': 'error' }, message.text) : h('p', {}, t('queue.connecting')));
  const mine = desk();
  if (!deskId || !mine) return void fill(view, deskPicker(branchId, setup.desks));
  const current = board.atDesks.find((call) => call.deskId === mine.id);
  fill(view, 
    status === 'connected' ? null : h('div', { class: 'queue-status', role: 'status' }, t(status === 'connecting' ? 'queue.connecting' : 'queue.reconnecting')),
    message ? h('p', { class: 'queue-message', 'data-kind': message.kind, role: 'status' }, message.text) : null,
    h('div', { class: 'desk', 'data-desk': mine.id },
      h('section', {}, ...deskPanel(branchId, mine, current)),
      h('section', {}, ...waitingPanel(mine)),
      h('section', {}, ...issuePanel(branchId)),
      h('section', {}, ...printerPanel())));
}

function deskPanel(branch: string, mine: QueueDesk, current: TicketCall | undefined): (HTMLElement | null)[] {
  const lines = setup!.lines;
  const names = mine.lineIds.map((id) => lines.find((l) => l.id === id)?.name ?? id).join(', ');
  const recallsNeeded = board.setup?.recallsBeforeNoShow ?? 0;
  const others = lines.filter((l) => l.id !== current?.lineId);
  transferLine = others.some((l) => l.id === transferLine) ? transferLine : others[0]?.id ?? '';
  return [
    h('h2', {}, `${t('queue.desk', { label: mine.label })} · ${names}`),
    mine.paused ? h('p', { class: 'queue-message' }, t('desk.paused')) : null,
    h('div', {}, t('desk.current')),
    current
      ? h('div', { class: 'desk-number', 'data-current': current.number }, current.number)
      : h('p', { 'data-current': '' }, t('desk.nobody')),
    current && current.recalls > 0 ? h('p', {}, t('desk.recalls', { count: String(current.recalls) })) : null,
    h('div', {},
      h('button', { type: 'button', class: 'desk-primary', 'data-action': 'call-next', disabled: busy || mine.paused || !!current,
        onclick: () => press(async () => ((await queueApi.callNext(branch, mine.id, newKey())).ticket ? undefined : t('desk.queueEmpty'))) }, t('desk.callNext'))),
    current ? h('div', {},
      button('recall', 'desk.recall', () => queueApi.act(branch, mine.id, 'recall', current.ticketId)),
      h('button', { type: 'button', 'data-action': 'skip', disabled: busy || current.recalls < recallsNeeded, title: t('desk.skipAfter', { count: String(recallsNeeded) }),
        onclick: () => press(async () => void (await queueApi.act(branch, mine.id, 'skip', current.ticketId))) }, t('desk.skip')),
      button('serve', 'desk.serve', () => queueApi.act(branch, mine.id, 'serve', current.ticketId))) : null,
    current && others.length > 0 ? h('div', {},
      h('label', {}, `${t('desk.transferTo')} `,
        h('select', { 'data-field': 'transfer-line', onchange: (e: Event) => (transferLine = (e.target as HTMLSelectElement).value) },
          ...others.map((l) => h('option', { value: l.id, selected: l.id === transferLine }, `${l.prefix} · ${l.name}`)))),
      ' ',
      button('transfer', 'desk.transfer', () => queueApi.transfer(branch, mine.id, current.ticketId, transferLine))) : null,
    h('div', {},
      button(mine.paused ? 'resume' : 'pause', mine.paused ? 'desk.resume' : 'desk.pause', () => queueApi.pause(branch, mine.id, !mine.paused))),
  ];
}

function button(action: string, label: MessageKey, run: () => Promise<unknown>): HTMLElement {
  return h('button', { type: 'button', 'data-action': action, disabled: busy, onclick: () => press(async () => void (await run())) }, t(label));
}

function waitingPanel(mine: QueueDesk): HTMLElement[] {
  const waiting = board.waitingFor(mine.lineIds);
  const count = mine.lineIds.reduce((sum, id) => sum + (board.lines.get(id)?.waitingCount ?? 0), 0);
  return [
    h('h2', {}, t('desk.waiting', { count: String(count) })),
    waiting.length === 0 ? h('p', {}, t('desk.queueEmpty')) : h('ol', { 'data-waiting': count },
      ...waiting.slice(0, 30).map((w) => h('li', { 'data-ticket': w.number },
        [w.number, priorityName(w.lineId, w.priorityClassId), w.bookingNumber ? t('desk.booking', { number: w.bookingNumber }) : ''].filter(Boolean).join(' · ')))),
  ];
}

function priorityName(lineId: string, classId: string): string {
  if (classId === 'regular') return '';
  return setup!.lines.find((l) => l.id === lineId)?.priorities.find((p) => p.id === classId)?.name ?? classId;
}

function issuePanel(branch: string): HTMLElement[] {
  const lines = setup!.lines;
  issueLine = lines.some((l) => l.id === issueLine) ? issueLine : lines[0]?.id ?? '';
  const line = lines.find((l) => l.id === issueLine);
  return [
    h('h2', {}, t('desk.issue')),
    h('select', { 'data-field': 'issue-line', onchange: (e: Event) => ((issueLine = (e.target as HTMLSelectElement).value), (issuePriority = ''), render()) },
      ...lines.map((l) => h('option', { value: l.id, selected: l.id === issueLine }, `${l.prefix} · ${l.name}`))),
    h('select', { 'data-field': 'issue-priority', onchange: (e: Event) => (issuePriority = (e.target as HTMLSelectElement).value) },
      h('option', { value: '' }, t('desk.regular')),
      ...(line?.priorities ?? []).map((p) => h('option', { value: p.id, selected: p.id === issuePriority }, p.name))),
    h('button', { type: 'button', 'data-action': 'issue', disabled: busy, onclick: () => press(async () => {
      const issued = await queueApi.issue(branch, issueLine, issuePriority || undefined, newKey());
      return t('desk.issued', { number: issued.number, line: issued.lineName, ahead: String(issued.peopleAhead) });
    }) }, t('desk.issueButton')),
  ];
}

function printerPanel(): HTMLElement[] {
  const faults = (board.kiosks?.kiosks ?? []).filter((k) => k.status !== 'Ok');
  return [
    h('h2', {}, t('desk.printers')),
    faults.length === 0 ? h('p', {}, t('desk.printersOk')) : h('ul', {},
      ...faults.map((k) => h('li', { 'data-kiosk': k.kioskId, 'data-printer': k.status },
        `${k.kioskId}: ${t(`desk.printer.${k.status}` as const)}${k.detail ? ` (${k.detail})` : ''}`))),
  ];
}
