// The day's grid: a header per specialist, the times down the left, one column body per specialist-day.

import { t } from '../../i18n/i18n';
import { h } from '../../shell/h';
import { place } from '../grid';
import { formatWallTime } from '../timeFormat';
import type { CalendarColumn, ColumnSpecialist } from '../types';
import { columnBody } from './columnView';
import type { DrawContext } from './drawContext';

export function gridView(columns: readonly CalendarColumn[], ctx: DrawContext): HTMLElement {
  const height = place(ctx.grid, ctx.grid, ctx.step, ctx.rowHeight).height;
  return h('div', {
    class: 'cal-grid',
    style: `grid-template-columns: 4.5rem repeat(${columns.length}, minmax(9rem, 1fr)); --row-h:${ctx.rowHeight}px`,
    'data-step': ctx.step,
  },
  h('div', { class: 'cal-corner' }, t('calendar.time')),
  ...columns.map((column) => columnHead(column.specialist)),
  timeLabels(ctx, height),
  ...columns.map((column) => columnBody(column, ctx)));
}

function columnHead(specialist: ColumnSpecialist): HTMLElement {
  return h('div', { class: 'cal-head', 'data-specialist': specialist.id },
    specialist.photoUrl
      ? h('img', { class: 'cal-photo', src: specialist.photoUrl, alt: '', width: 32, height: 32 })
      : h('span', { class: 'cal-photo cal-initials', 'aria-hidden': 'true' }, initials(specialist.name)),
    h('span', { class: 'cal-head-text' },
      h('span', { class: 'cal-name' }, specialist.name),
      h('span', { class: 'cal-position' }, specialist.position)));
}

export function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0]!.toUpperCase()).join('');
}

function timeLabels(ctx: DrawContext, height: number): HTMLElement {
  const labels = h('div', { class: 'cal-times', style: `height:${height}px`, 'aria-hidden': 'true' });
  // Every row is labelled at 15 minutes and more; at 5 and 10, the quarter hours only.
  for (let minute = ctx.grid.from; minute < ctx.grid.to; minute += ctx.step) {
    if (ctx.step < 15 && minute % 15 !== 0) continue;
    const { top } = place({ from: minute, to: minute }, ctx.grid, ctx.step, ctx.rowHeight);
    labels.append(h('span', { class: 'cal-time', style: `top:${top}px` }, formatWallTime(minute, ctx.locale)));
  }
  return labels;
}
