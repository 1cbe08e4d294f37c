// A booking on the grid: one block per service, so the blocks of one booking (and of one visit with several
// specialists, which share a visitId) light up together; the time its buffers take is drawn faintly behind them.

import { t } from '../../i18n/i18n';
import { formatTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/catalog';
import { h } from '../../shell/h';
import { place, wallSpan, type Span } from '../grid';
import { isMovable, statusClass } from '../status';
import type { Booking } from '../types';
import { formatHm } from '../wallClock';
import type { DrawContext } from './drawContext';

/** The blocks of one booking, shifted by a pending move's minutes; `pending` while the engine decides on that move. */
export function bookingBlocks(booking: Booking, specialistId: string, ctx: DrawContext, shift: number, pending: boolean): HTMLElement[] {
  const shifted = (span: Span): Span => ({ from: span.from + shift, to: span.to + shift });
  const start = shifted(wallSpan(booking.start, booking.end, ctx.timeZone, ctx.date)).from;
  const group = booking.visitId ?? booking.id;
  const movable = isMovable(booking) && !pending;
  const classes = ['cal-block', statusClass(booking.status)];
  if (booking.number === ctx.highlight) classes.push('cal-highlight');
  if (pending) classes.push('cal-pending');
  const common = {
    'data-booking-id': booking.id,
    'data-number': booking.number,
    'data-group': group,
    'data-status': booking.status,
    'data-specialist': specialistId,
    'data-start': start >= 0 && start < 1440 ? formatHm(start) : undefined,
    'data-movable': movable ? 'true' : undefined,
    'aria-busy': pending ? 'true' : undefined,
  };

  const buffer = place(shifted(wallSpan(booking.occupiedFrom, booking.occupiedTo, ctx.timeZone, ctx.date)), ctx.grid, ctx.step, ctx.rowHeight);
  const blocks: HTMLElement[] = [
    h('div', { class: `cal-buffer ${statusClass(booking.status)}`, 'data-group': group, 'data-booking-id': booking.id, style: `top:${buffer.top}px;height:${buffer.height}px`, 'aria-hidden': 'true' }),
  ];
  booking.services.forEach((service, index) => {
    const where = place(shifted(wallSpan(service.start, service.end, ctx.timeZone, ctx.date)), ctx.grid, ctx.step, ctx.rowHeight);
    const first = index === 0;
    blocks.push(h('div', {
      ...common,
      class: [...classes, first ? 'cal-block-first' : 'cal-block-next'].join(' '),
      'data-segment': index,
      // The first block of a booking is reached with Tab and opened with Enter, as a click opens it.
      tabindex: first ? '0' : undefined,
      'aria-label': first ? `${booking.number}, ${booking.client.name}, ${t(`calendar.status.${booking.status}` as MessageKey)}` : undefined,
      style: `top:${where.top}px;height:${where.height}px`,
    },
    first ? h('button', { type: 'button', class: 'cal-client', 'data-client-id': booking.client.clientId }, booking.client.name) : null,
    first && booking.source === 'Online' ? h('span', { class: 'cal-online', title: t('calendar.block.online') }, h('span', { class: 'visually-hidden' }, t('calendar.block.online'))) : null,
    h('span', { class: 'cal-when' }, `${formatTime(later(service.start, shift), ctx.timeZone, ctx.locale)}–${formatTime(later(service.end, shift), ctx.timeZone, ctx.locale)}`),
    h('span', { class: 'cal-service' }, service.serviceName),
    first ? h('span', { class: 'cal-status' }, pending ? t('calendar.block.moving') : t(`calendar.status.${booking.status}` as MessageKey)) : null));
  });
  return blocks;
}

function later(instant: string, minutes: number): Date {
  return new Date(Date.parse(instant) + minutes * 60_000);
}
