import '../money/money.css';
import { currentLanguage, onLanguageChange, t } from '../i18n/i18n';
import { UserAction } from '../calendar/api';
import type { Booking, Catalog } from '../calendar/types';
import { moneyApi, parseAmount } from '../money/moneyApi';
import type { MaterialUse, PaymentPart, RenderedService, SettleBody, SettlementDocument, SoldProduct, WalletView } from '../money/types';
import { failure, field, messageLine, money, type Message } from '../money/view';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';

// Settling a visit: /settle/{booking number}?desk=…. The booked services as rendered (edit, add, remove), products
// sold, the payment split, a preview with the discounts, then the settlement itself and its printable act.
const number = decodeURIComponent(/^\/settle\/([^/]+)/.exec(location.pathname)?.[1] ?? '');
const view = h('div', { class: 'money-page' });
const deskInput = h('input', { name: 'desk', size: 10, value: new URLSearchParams(location.search).get('desk') ?? 'desk-1' });
const inputs = {
  wallet: h('input', { name: 'pay-wallet', inputmode: 'decimal', size: 10 }),
  cash: h('input', { name: 'pay-cash', inputmode: 'decimal', size: 10 }),
  card: h('input', { name: 'pay-card', inputmode: 'decimal', size: 10 }),
  certificateCode: h('input', { name: 'certificate-code', size: 12 }),
  certificate: h('input', { name: 'pay-certificate', inputmode: 'decimal', size: 10 }),
  pack: h('select', { name: 'pack' }),
  productName: h('input', { name: 'product-name', size: 16 }),
  productPrice: h('input', { name: 'product-price', inputmode: 'decimal', size: 8 }),
  addService: h('select', { name: 'add-service' }),
};
let booking: Booking | undefined;
let catalog: Catalog | undefined;
let wallet: WalletView | undefined;
let services: RenderedService[] = [];
const products: SoldProduct[] = [];
// The stock module's norms for the booked services, when the engine has one; the cashier may drop a line.
let materials: MaterialUse[] = [];
let document_: SettlementDocument | undefined;
let settled = false;
let message: Message;
const settleAction = new UserAction();
const previewAction = new UserAction();
const reprintAction = new UserAction();

startPage({ name: 'settle', body: () => view });
onLanguageChange(render);
void load();

async function load(): Promise<void> {
  try {
    [booking, catalog] = await Promise.all([moneyApi.booking(number), moneyApi.catalog()]);
    services = booking.services.map((s) => ({ serviceId: s.serviceId, quantity: 1 }));
    wallet = await moneyApi.wallet(booking.client.clientId).catch(() => undefined);
    materials = [...(await moneyApi.materials(number))];
    const done = await moneyApi.settlement(number);
    if (done.status === 'Settled' && done.document) [document_, settled] = [done.document, true];
  } catch (error) {
    message = failure(error);
  }
  render();
}

function body(): SettleBody {
  const payments: PaymentPart[] = [];
  const amount = (input: HTMLInputElement): number => (input.value.trim() ? (parseAmount(input.value) ?? -1) : 0);
  for (const [method, input] of [['Wallet', inputs.wallet], ['Cash', inputs.cash], ['Card', inputs.card]] as const)
    if (amount(input) !== 0) payments.push({ method, amount: amount(input) });
  if (inputs.certificateCode.value.trim()) payments.push({ method: 'Certificate', amount: amount(inputs.certificate), certificateCode: inputs.certificateCode.value.trim() });
  const [packId, serviceId] = inputs.pack.value.split('|');
  if (packId && serviceId) payments.push({ method: 'Pack', amount: 0, packId, serviceId });
  return { deskId: deskInput.value.trim(), services, products, payments, materials };
}

function render(): void {
  if (!booking || !catalog) {
    view.replaceChildren(messageLine(message));
    return;
  }
  const currency = booking.total.currency;
  const name = (id: string): string => catalog?.services.find((s) => s.id === id)?.name ?? id;
  inputs.addService.replaceChildren(...catalog.services.map((s) => h('option', { value: s.id }, s.name)));
  inputs.pack.replaceChildren(h('option', { value: '' }, '—'), ...(wallet?.packs ?? []).filter((p) => p.remaining !== 0).flatMap((p) =>
    p.sale.serviceIds.filter((id) => services.some((s) => s.serviceId === id))
      .map((id) => h('option', { value: `${p.sale.packId}|${id}` }, `${p.sale.name} → ${name(id)} (${p.remaining ?? '∞'})`))));
  view.replaceChildren(
    messageLine(message),
    h('section', { 'data-section': 'visit' },
      h('h2', {}, `${t('money.settle.visit')} ${booking.number}`),
      h('p', {}, booking.client.name, ' · ', h('a', { href: `/client/${encodeURIComponent(booking.client.clientId)}` }, t('money.settle.card')),
        wallet ? h('span', { 'data-wallet-balance': String(wallet.balance) }, ` · ${t('money.wallet.title')}: ${money(wallet.balance, currency)}`) : null),
      field('money.settle.desk', deskInput)),
    h('section', { 'data-section': 'lines' },
      h('h2', {}, t('money.settle.rendered')),
      h('table', {}, h('tbody', {}, ...services.map((s, i) => h('tr', { 'data-service': s.serviceId },
        h('td', {}, name(s.serviceId)),
        h('td', {}, h('input', { type: 'number', min: 1, value: s.quantity, size: 3, onchange: (e: Event) =>
          (services[i] = { ...s, quantity: Number((e.target as HTMLInputElement).value) || 1 }) })),
        h('td', {}, settled ? null : h('button', { type: 'button', onclick: () => (services.splice(i, 1), render()) }, t('money.settle.remove'))))),
        ...products.map((p) => h('tr', { 'data-product': p.name }, h('td', {}, p.name), h('td', {}, p.quantity), h('td', { class: 'n' }, money(p.unitPrice, currency)))))),
      settled ? null : h('div', { class: 'money-row' },
        field('money.settle.addService', inputs.addService),
        h('button', { type: 'button', 'data-action': 'add-service', onclick: () => (services.push({ serviceId: inputs.addService.value, quantity: 1 }), render()) },
          t('money.settle.add')),
        field('money.settle.product', inputs.productName), field('money.amount', inputs.productPrice),
        h('button', { type: 'button', 'data-action': 'add-product', onclick: addProduct }, t('money.settle.add'))),
      materials.length === 0 ? '' : h('div', { 'data-materials': String(materials.length) }, h('h2', {}, t('money.settle.materials')),
        h('ul', {}, ...materials.map((m, i) => h('li', {}, `${m.itemId} × ${m.quantity} (${m.warehouseId}) `,
          settled ? '' : h('button', { type: 'button', onclick: () => (materials.splice(i, 1), render()) }, t('money.settle.remove'))))))),
    settled ? '' : h('section', { 'data-section': 'payments' },
      h('h2', {}, t('money.settle.payment')),
      h('div', { class: 'money-row' },
        field('money.method.Wallet', inputs.wallet), field('money.method.Cash', inputs.cash), field('money.method.Card', inputs.card),
        field('money.method.Pack', inputs.pack), field('money.settle.certificateCode', inputs.certificateCode), field('money.method.Certificate', inputs.certificate)),
      h('div', { class: 'money-row' },
        h('button', { type: 'button', 'data-action': 'preview', onclick: () => void run(previewAction, false) }, t('money.settle.preview')),
        h('button', { type: 'button', 'data-action': 'settle', onclick: () => void run(settleAction, true) }, t('money.settle.settle')))),
    document_ ? documentSection(document_) : '');
}

function documentSection(d: SettlementDocument): HTMLElement {
  const actAddress = `/api/settlements/${encodeURIComponent(d.visitId)}/act?lang=${currentLanguage()}`;
  return h('section', { 'data-section': 'document', 'data-status': settled ? 'settled' : 'preview' },
    h('h2', {}, settled ? t('money.settle.settled') : t('money.settle.previewTitle')),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, t('money.settle.item')), h('th', { class: 'n' }, t('money.settle.before')),
        h('th', { class: 'n' }, t('money.settle.discount')), h('th', { class: 'n' }, t('money.settle.after')))),
      h('tbody', {}, ...d.lines.map((l) => h('tr', {}, h('td', {}, `${l.name} × ${l.quantity}`), h('td', { class: 'n' }, money(l.priceBefore, d.currency)),
        h('td', { class: 'n' }, l.discountPercent ? `${l.discountPercent}% ${l.discountReason ?? ''}` : '—'), h('td', { class: 'n' }, money(l.priceAfter, d.currency)))))),
    h('p', { class: 'money-total', 'data-total': String(d.total) }, `${t('money.settle.total')}: ${money(d.total, d.currency)}`),
    d.advance > 0 ? h('p', { 'data-advance': String(d.advance) }, `${t('money.settle.advance')}: ${money(d.advance, d.currency)}`) : null,
    settled ? h('p', { class: 'money-row' },
      h('a', { href: actAddress, target: '_blank', 'data-action': 'act' }, t('money.settle.act')),
      h('button', { type: 'button', 'data-action': 'reprint', onclick: () => void reprint(actAddress) }, t('money.settle.reprint'))) : null);
}

function addProduct(): void {
  const price = parseAmount(inputs.productPrice.value);
  if (!inputs.productName.value.trim() || price === null) {
    message = { kind: 'error', text: t('money.settle.productInvalid') };
  } else {
    products.push({ productId: inputs.productName.value.trim().toLowerCase().replace(/\s+/g, '-'), name: inputs.productName.value.trim(), quantity: 1, unitPrice: price });
    inputs.productName.value = inputs.productPrice.value = '';
    message = undefined;
  }
  render();
}

async function run(action: UserAction, settle: boolean): Promise<void> {
  try {
    document_ = settle ? await moneyApi.settle(action, number, body()) : await moneyApi.preview(action, number, body());
    settled = settle;
    message = settle ? { kind: 'info', text: t('money.settle.done') } : undefined;
    if (settle && booking) wallet = await moneyApi.wallet(booking.client.clientId).catch(() => wallet);
  } catch (error) {
    message = failure(error);
  }
  render();
}

async function reprint(address: string): Promise<void> {
  try {
    await moneyApi.reprint(reprintAction, number, deskInput.value || 'desk');
    window.open(address, '_blank');
  } catch (error) {
    message = failure(error);
    render();
  }
}
