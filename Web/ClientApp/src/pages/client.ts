import '../money/money.css';
import { onLanguageChange, t, currentLocale } from '../i18n/i18n';
import type { MessageKey } from '../i18n/catalog';
import { formatDateTime, formatLocalDate } from '../i18n/format';
import { UserAction } from '../calendar/api';
import type { Booking } from '../calendar/types';
import { moneyApi, parseAmount } from '../money/moneyApi';
import type { ClientCardFull, WalletView } from '../money/types';
import { failure, field, messageLine, methodSelect, money, type Message } from '../money/view';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// The client card: /client/{id}. Details, dependents, visit history across branches, and the one wallet with its ledger.
const clientId = decodeURIComponent(/^\/client\/([^/]+)/.exec(location.pathname)?.[1] ?? '');
const view = h('div', { class: 'money-page' });
let card: ClientCardFull | undefined;
let dependents: readonly ClientCardFull[] = [];
let history: readonly Booking[] = [];
let wallet: WalletView | undefined;
let message: Message;
const depositAction = new UserAction();
const refundAction = new UserAction();
const editAction = new UserAction();
const phoneAction = new UserAction();
const consentKinds = ['sms', 'email', 'personal-data', 'photos'] as const;

startPage({ name: 'client', body: () => view });
onLanguageChange(render);
void load();

async function load(): Promise<void> {
  try {
    card = await moneyApi.client(clientId);
    [dependents, history, wallet] = await Promise.all([
      card.ownerId ? Promise.resolve([]) : moneyApi.dependents(clientId), moneyApi.history(clientId), moneyApi.wallet(clientId)]);
  } catch (error) {
    message = failure(error);
  }
  render();
}

function render(): void {
  view.replaceChildren(messageLine(message), ...(card ? [cardSection(card), editSection(card), walletSection(), historySection()] : []));
}

function cardSection(c: ClientCardFull): HTMLElement {
  const row = (key: MessageKey, value: string | null | undefined) => (value ? h('tr', {}, h('th', {}, t(key)), h('td', {}, value)) : null);
  return h('section', { 'data-section': 'card' },
    h('h2', { 'data-client-name': c.id }, c.name),
    h('table', {},
      row('money.card.phones', c.phones.join(', ')),
      row('money.card.email', c.email),
      row('money.card.birthday', c.birthday),
      row('money.card.foundUsBy', c.foundUsBy),
      row('money.card.notes', c.notes),
      row('money.card.consents', (c.consents ?? []).map((k) => `${consentLabel(k.kind)}: ${k.given ? '✓' : '✗'}`).join(', '))),
    c.ownerId ? h('p', {}, t('money.card.dependentOf'), ' ', h('a', { href: `/client/${encodeURIComponent(c.ownerId)}` }, c.ownerId)) : null,
    dependents.length > 0 ? h('p', {}, t('money.card.dependents'), ' ',
      ...dependents.flatMap((d, i) => [i > 0 ? ', ' : '', h('a', { href: `/client/${encodeURIComponent(d.id)}` }, d.name)])) : null);
}

function editSection(c: ClientCardFull): HTMLElement {
  const name = h('input', { name: 'name', value: c.name, size: 24, required: true });
  const email = h('input', { name: 'email', type: 'email', value: c.email ?? '', size: 20 });
  const birthday = h('input', { name: 'birthday', type: 'date', value: c.birthday ?? '' });
  const foundUsBy = h('input', { name: 'found-us-by', value: c.foundUsBy ?? '', size: 14 });
  const notes = h('input', { name: 'notes', value: c.notes ?? '', size: 30 });
  const consents = consentKinds.map((kind) => h('input', { type: 'checkbox', name: `consent-${kind}`,
    checked: (c.consents ?? []).some((k) => k.kind === kind && k.given) }));
  const phone = h('input', { name: 'phone', inputmode: 'tel', size: 16 });
  const blank = (input: HTMLInputElement): string | null => input.value.trim() || null;
  return h('section', { 'data-section': 'edit' },
    h('h2', {}, t('money.card.edit')),
    h('form', { 'data-form': 'edit', onsubmit: (e: Event) => (e.preventDefault(), void save(() => moneyApi.editClient(editAction, clientId, {
      name: name.value, email: blank(email), birthday: blank(birthday), foundUsBy: blank(foundUsBy), notes: blank(notes),
      consents: consentKinds.map((kind, i) => ({ kind, given: consents[i]!.checked })),
    }))) },
      field('money.card.name', name), field('money.card.email', email), field('money.card.birthday', birthday),
      field('money.card.foundUsBy', foundUsBy), field('money.card.notes', notes),
      ...consentKinds.map((kind, i) => field(`money.consent.${kind}`, consents[i]!)),
      h('button', { type: 'submit' }, t('money.card.save'))),
    h('form', { 'data-form': 'phone', onsubmit: (e: Event) => (e.preventDefault(), void save(() => moneyApi.addPhone(phoneAction, clientId, phone.value))) },
      field('money.card.phone', phone), h('button', { type: 'submit' }, t('money.card.addPhone'))));
}

function consentLabel(kind: string): string {
  return (consentKinds as readonly string[]).includes(kind) ? t(`money.consent.${kind}` as MessageKey) : kind;
}

async function save(command: () => Promise<ClientCardFull>): Promise<void> {
  try {
    card = await command();
    message = { kind: 'info', text: t('money.done') };
  } catch (error) {
    message = failure(error);
  }
  render();
}

function walletSection(): HTMLElement {
  if (!wallet) return h('section', {});
  const currency = wallet.currency ?? 'RUB';
  const amount = h('input', { name: 'amount', inputmode: 'decimal', size: 10, required: true });
  const method = methodSelect('method');
  const refundAmount = h('input', { name: 'refund-amount', inputmode: 'decimal', size: 10, required: true });
  const refundMethod = methodSelect('refund-method');
  const reason = h('input', { name: 'reason', size: 24, required: true });
  return h('section', { 'data-section': 'wallet' },
    h('h2', {}, t('money.wallet.title')),
    h('p', { class: 'money-balance', 'data-balance': String(wallet.balance) }, money(wallet.balance, currency)),
    wallet.creditLimit > 0 ? h('p', {}, t('money.wallet.creditLimit'), ' ', money(wallet.creditLimit, currency)) : null,
    h('form', { 'data-form': 'deposit', onsubmit: (e: Event) => (e.preventDefault(), void send(() =>
      moneyApi.deposit(depositAction, clientId, parseAmount(amount.value) ?? -1, method.value))) },
      field('money.amount', amount), field('money.method', method), h('button', { type: 'submit' }, t('money.wallet.deposit'))),
    h('form', { 'data-form': 'refund', onsubmit: (e: Event) => (e.preventDefault(), void send(() =>
      moneyApi.refund(refundAction, clientId, parseAmount(refundAmount.value) ?? -1, refundMethod.value, reason.value))) },
      field('money.amount', refundAmount), field('money.method', refundMethod), field('money.wallet.reason', reason),
      h('button', { type: 'submit' }, t('money.wallet.refund'))),
    h('h2', {}, t('money.wallet.ledger')),
    h('table', { 'data-table': 'ledger' },
      h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, t('money.wallet.when')), h('th', {}, t('money.wallet.kind')),
        h('th', { class: 'n' }, t('money.amount')), h('th', { class: 'n' }, t('money.wallet.balanceAfter')), h('th', {}, t('money.wallet.note')))),
      h('tbody', {}, ...[...wallet.entries].reverse().map((e) => h('tr', { 'data-entry': e.kind },
        h('td', {}, e.sequence), h('td', {}, formatDateTime(e.at, Intl.DateTimeFormat().resolvedOptions().timeZone, currentLocale())),
        h('td', {}, t(`money.kind.${e.kind}` as MessageKey)), h('td', { class: 'n' }, money(e.amount.minor, currency)),
        h('td', { class: 'n' }, money(e.balanceAfter.minor, currency)), h('td', {}, e.visitId ?? e.note ?? ''))))),
    wallet.packs.length > 0 ? h('p', {}, t('money.wallet.packs'), ' ',
      wallet.packs.map((p) => `${p.sale.name}: ${p.remaining ?? '∞'}`).join('; ')) : null);
}

function historySection(): HTMLElement {
  return h('section', { 'data-section': 'history' },
    h('h2', {}, t('money.history.title')),
    h('table', {}, h('tbody', {}, ...[...history].reverse().map((b) => h('tr', {},
      h('td', {}, formatLocalDate(b.date, currentLocale(), 'medium')), h('td', {}, b.number), h('td', {}, b.services.map((s) => s.serviceName).join(', ')),
      h('td', {}, t(`calendar.status.${b.status}` as MessageKey)),
      h('td', {}, b.status === 'Cancelled' || b.status === 'NoShow' ? '' : h('a', { href: `/settle/${encodeURIComponent(b.number)}` }, t('money.history.settle'))))))));
}

async function send(command: () => Promise<unknown>): Promise<void> {
  try {
    await command();
    message = { kind: 'info', text: t('money.done') };
    wallet = await moneyApi.wallet(clientId);
  } catch (error) {
    message = failure(error);
  }
  render();
}
