import '../money/money.css';
import { onLanguageChange, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/catalog';
import { UserAction } from '../calendar/api';
import { branchToday } from '../queue/branchClock';
import { moneyApi, parseAmount } from '../money/moneyApi';
import type { BranchTakings, DeskDay } from '../money/types';
import { failure, field, messageLine, money, type Message } from '../money/view';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// The daily close: /close?branch=…&desk=…&date=…. The desk's shifts and totals by payment method, the branch's visits
// settled that day, and the close, after which the day is read-only.
const query = new URLSearchParams(location.search);
const branchId = query.get('branch') ?? '';
const deskId = query.get('desk') ?? 'desk-1';
let date = query.get('date') ?? '';
const view = h('div', { class: 'money-page' });
let desk: DeskDay | undefined;
let takings: BranchTakings | undefined;
let message: Message;
const action = new UserAction();
const cashier = h('input', { name: 'cashier', size: 12 });
const cash = h('input', { name: 'cash', inputmode: 'decimal', size: 10 });
const closer = h('input', { name: 'closed-by', size: 12 });

startPage({ name: 'close', body: () => view });
onLanguageChange(render);
void load();

async function load(): Promise<void> {
  try {
    if (!date) {
      const branch = (await moneyApi.catalog()).branches.find((b) => b.id === branchId);
      date = branchToday(branch?.timeZone ?? 'UTC');
    }
    [desk, takings] = await Promise.all([moneyApi.deskDay(branchId, deskId, date), moneyApi.takings(branchId, date)]);
  } catch (error) {
    message = failure(error);
  }
  render();
}

function render(): void {
  const currency = takings?.currency;
  const open = desk?.shifts.at(-1);
  const shiftOpen = open !== undefined && !open.closedAt;
  view.replaceChildren(
    messageLine(message),
    h('section', { 'data-section': 'desk' },
      h('h2', {}, `${t('money.close.desk')} ${deskId} · ${date}`),
      desk?.closedAt ? h('p', { class: 'money-closed', 'data-closed': 'true' }, t('money.close.closed', { by: desk.closedBy ?? '' })) : null,
      h('table', { 'data-table': 'totals' }, h('tbody', {}, ...Object.entries(desk?.totals ?? {}).map(([method, amount]) =>
        h('tr', { 'data-method': method }, h('th', {}, t(`money.method.${method}` as MessageKey)), h('td', { class: 'n' }, money(amount, currency)))))),
      desk?.closedAt ? null : h('div', { class: 'money-row' },
        shiftOpen ? null : field('money.close.cashier', cashier),
        field('money.close.cash', cash),
        h('button', { type: 'button', 'data-action': shiftOpen ? 'close-shift' : 'open-shift', onclick: () => void shift(shiftOpen) },
          t(shiftOpen ? 'money.close.closeShift' : 'money.close.openShift')),
        field('money.close.by', closer),
        h('button', { type: 'button', 'data-action': 'close-day', onclick: () => void send(() => moneyApi.closeDay(action, branchId, deskId, date, closer.value)) },
          t('money.close.closeDay')))),
    h('section', { 'data-section': 'branch' },
      h('h2', {}, t('money.close.branch')),
      h('p', { class: 'money-total', 'data-revenue': String(takings?.revenue ?? 0) }, `${t('money.close.revenue')}: ${money(takings?.revenue ?? 0, currency)}`),
      h('table', {}, h('tbody', {}, ...(takings?.settlements ?? []).map((s) => h('tr', {},
        h('td', {}, h('a', { href: `/settle/${encodeURIComponent(s.visitId)}` }, s.visitId)), h('td', {}, s.clientName), h('td', {}, s.deskId),
        h('td', { class: 'n' }, money(s.total, s.currency))))))));
}

async function shift(close: boolean): Promise<void> {
  const amount = parseAmount(cash.value || '0') ?? -1;
  await send(() => (close ? moneyApi.closeShift(action, branchId, deskId, date, amount) : moneyApi.openShift(action, branchId, deskId, date, cashier.value, amount)));
}

async function send(command: () => Promise<unknown>): Promise<void> {
  try {
    await command();
    message = { kind: 'info', text: t('money.done') };
    [desk, takings] = await Promise.all([moneyApi.deskDay(branchId, deskId, date), moneyApi.takings(branchId, date)]);
  } catch (error) {
    message = failure(error);
  }
  render();
}
