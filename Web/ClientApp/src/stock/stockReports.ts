import { formatDateTime, formatMoney } from '../i18n/format';
import { currentLocale, t } from '../i18n/i18n';
import { h } from '../shell/h';
import { fill } from '../queue/fill';
import { stockApi } from './stockApi';
import type { Money } from './types';

const money = (m: Money | null): string => (m ? formatMoney(m.minor, m.currency, currentLocale()) : '—');

function table(id: string, heads: readonly string[], rows: readonly (readonly string[])[]): HTMLElement {
  return h('table', { class: 'stock-table', 'data-report': id },
    h('thead', {}, h('tr', {}, ...heads.map((x) => h('th', {}, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((x) => h('td', {}, x))))));
}

/** The three reports of a period (local dates at the branch, both included), drawn into one element. */
export async function showReports(into: HTMLElement, branchId: string, zone: string, from: string, to: string): Promise<void> {
  const [movements, costs, margin] = await Promise.all([stockApi.movements(branchId, from, to), stockApi.visitCosts(branchId, from, to), stockApi.margin(branchId, from, to)]);
  const locale = currentLocale();
  fill(into,
    h('h3', {}, t('stock.movements')),
    table('movements', [t('stock.when'), t('stock.item'), t('stock.kind'), t('stock.quantity'), t('stock.value'), t('stock.after')],
      movements.map((m) => [formatDateTime(m.movement.at, zone, locale), m.bin, m.movement.kind, String(m.movement.quantity), money(m.movement.value), String(m.movement.quantityAfter)])),
    h('h3', {}, t('stock.visitCosts')),
    table('visit-costs', [t('stock.visit'), t('stock.when'), t('stock.value')],
      [...costs.visits.map((v) => [v.visitId, formatDateTime(v.at, zone, locale), money(v.cost)]), [t('stock.total'), '', money(costs.total)]]),
    h('h3', {}, t('stock.margin')),
    margin.revenueKnown ? null : h('p', { class: 'stock-note', 'data-revenue-unknown': 'true' }, t('stock.revenueUnknown')),
    table('margin', [t('stock.direction'), t('stock.revenue'), t('stock.materials'), t('stock.margin')],
      margin.directions.map((d) => [d.directionId ?? t('stock.noDirection'), money(d.revenue), money(d.materials), money(d.margin)])));
}
