import '../stock/stock.css';
import { formatMoney } from '../i18n/format';
import { currentLocale, onLanguageChange, t } from '../i18n/i18n';
import { connectLiveHub } from '../realtime/liveHub';
import type { ConnectionStatus } from '../realtime/realtimeClient';
import { fill } from '../queue/fill';
import { h } from '../shell/h';
import { startPage } from '../shell/shell';
import { stockApi } from '../stock/stockApi';
import { stockForm, type Choice } from '../stock/stockForms';
import { showReports } from '../stock/stockReports';
import type { StockCatalog, StockOnHand } from '../stock/types';

// /stock?branch=<id>: the branch's bins live (stock:{branch}), a low-stock alert when a bin crosses its threshold,
// receiving, transfers and counts, and the period reports.
const params = new URLSearchParams(location.search);
const bins = new Map<string, StockOnHand>();
const alerts: string[] = [];
let branches: { id: string; name: string; timeZone: string }[] = [];
let catalog: StockCatalog = { warehouses: [], items: [] };
let branchId = params.get('branch') ?? '';
let status: ConnectionStatus = 'connecting';
const view = h('div', { class: 'stock' });
const reports = h('div', { class: 'stock-reports' });
const today = new Date().toISOString().slice(0, 10);

startPage({ name: 'stock', body: () => view });
onLanguageChange(render);
void start();

async function start(): Promise<void> {
  [{ branches }, catalog] = await Promise.all([stockApi.branches(), stockApi.catalog()]);
  branchId = branches.some((b) => b.id === branchId) ? branchId : (branches[0]?.id ?? '');
  render();
  const live = connectLiveHub({ onStatus: (next) => ((status = next), drawStatus()) });
  live.subscribe<StockOnHand>(`stock:${branchId}`, {
    snapshot: (items) => {
      bins.clear();
      for (const item of items) bins.set(item.key, item.data);
      drawBins();
    },
    change: (key, data) => {
      if (data.isLow && !bins.get(key)?.isLow) alerts.unshift(t('stock.alert', { item: data.itemName, warehouse: data.warehouseName, quantity: String(data.quantity), unit: data.unit }));
      bins.set(key, data);
      drawBins();
    },
  });
}

const statusLine = h('p', { class: 'stock-status' });
function drawStatus(): void {
  statusLine.dataset.status = status;
  statusLine.textContent = status === 'connected' ? t('stock.live') : t('stock.reconnecting');
}

// Live changes redraw only the alerts and the table, so a form being filled in keeps its values and its key.
const alertsBox = h('div', { class: 'stock-alerts', role: 'alert' });
const binsTable = h('table', { class: 'stock-table' });
function drawBins(): void {
  const locale = currentLocale();
  alertsBox.dataset.stockAlerts = String(alerts.length);
  fill(alertsBox, ...alerts.slice(0, 5).map((a) => h('p', {}, a)));
  binsTable.dataset.stockBins = String(bins.size);
  fill(binsTable,
    h('thead', {}, h('tr', {}, ...(['stock.warehouse', 'stock.item', 'stock.quantity', 'stock.value', 'stock.threshold'] as const).map((k) => h('th', {}, t(k))))),
    h('tbody', {}, ...[...bins.values()].sort((a, b) => a.bin.localeCompare(b.bin)).map((b) =>
      h('tr', { 'data-bin': b.bin, 'data-low': String(b.isLow) },
        h('td', {}, b.warehouseName), h('td', {}, b.itemName),
        h('td', { 'data-quantity': String(b.quantity) }, `${b.quantity.toLocaleString(locale)} ${b.unit}`),
        h('td', {}, formatMoney(b.value.minor, b.value.currency, locale)),
        h('td', {}, b.lowThreshold === null ? '—' : `${b.lowThreshold} ${b.isLow ? `· ${t('stock.low')}` : ''}`)))));
}

function render(): void {
  const own = catalog.warehouses.filter((w) => w.branchId === branchId);
  const warehouses: Choice[] = own.map((w) => ({ id: w.id, name: w.name }));
  const items: Choice[] = catalog.items.map((i) => ({ id: i.id, name: `${i.name} (${i.unit})` }));
  const currency = [...bins.values()][0]?.value.currency ?? 'RUB';
  drawStatus();
  drawBins();
  const from = h('input', { type: 'date', name: 'from', value: today });
  const to = h('input', { type: 'date', name: 'to', value: today });
  fill(view,
    h('label', {}, t('stock.branch'), h('select', { name: 'branch', onchange: (e: Event) => (location.search = `?branch=${(e.target as HTMLSelectElement).value}`) },
      ...branches.map((b) => h('option', { value: b.id, selected: b.id === branchId }, b.name)))),
    statusLine,
    alertsBox,
    h('h2', {}, t('stock.onHand')),
    binsTable,
    h('div', { class: 'stock-forms' },
      stockForm('receive', 'stock.receive',
        [{ name: 'warehouseId', label: 'stock.warehouse', choices: warehouses }, { name: 'itemId', label: 'stock.item', choices: items },
          { name: 'quantity', label: 'stock.quantity' }, { name: 'cost', label: 'stock.cost' }, { name: 'supplier', label: 'stock.supplier', type: 'text' }],
        (v, key) => stockApi.receive(branchId, { warehouseId: v.warehouseId!, itemId: v.itemId!, quantity: Number(v.quantity),
          cost: { minor: Math.round(Number(v.cost) * 100), currency }, supplier: v.supplier! }, key)),
      stockForm('transfer', 'stock.transfer',
        [{ name: 'from', label: 'stock.from', choices: warehouses }, { name: 'to', label: 'stock.to', choices: warehouses },
          { name: 'itemId', label: 'stock.item', choices: items }, { name: 'quantity', label: 'stock.quantity' }],
        (v, key) => stockApi.transfer(branchId, { fromWarehouseId: v.from!, toWarehouseId: v.to!, itemId: v.itemId!, quantity: Number(v.quantity) }, key)),
      stockForm('count', 'stock.count',
        [{ name: 'warehouseId', label: 'stock.warehouse', choices: warehouses }, { name: 'itemId', label: 'stock.item', choices: items },
          { name: 'counted', label: 'stock.counted' }],
        (v, key) => stockApi.count(branchId, { warehouseId: v.warehouseId!, itemId: v.itemId!, counted: Number(v.counted) }, key))),
    h('h2', {}, t('stock.reports')),
    h('form', { class: 'stock-period', 'data-stock-period': 'true', onsubmit: (e: Event) => {
      e.preventDefault();
      const zone = branches.find((b) => b.id === branchId)?.timeZone ?? 'UTC';
      void showReports(reports, branchId, zone, from.value, to.value);
    } }, h('label', {}, t('stock.periodFrom'), from), h('label', {}, t('stock.periodTo'), to), h('button', { type: 'submit' }, t('stock.show'))),
    reports);
}
