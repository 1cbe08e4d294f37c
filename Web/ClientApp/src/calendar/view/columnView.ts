// One specialist's column: gray by default, white where they work, a button for each row that has a free minute,
// and the bookings on top.

import { t } from '../../i18n/i18n';
import { h } from '../../shell/h';
import { hoursToSpans, occupiedSpans, place, rowsOf } from '../grid';
import { isShown } from '../status';
import { formatWallTime } from '../timeFormat';
import type { CalendarColumn } from '../types';
import { formatHm } from '../wallClock';
import { bookingBlocks } from './bookingBlocks';
import type { DrawContext } from './drawContext';

export function columnBody(column: CalendarColumn, ctx: DrawContext): HTMLElement {
  const { specialist, day } = column;
  const working = hoursToSpans(day.hours);
  const rows = rowsOf(ctx.grid, ctx.step, working, occupiedSpans(day.bookings, ctx.timeZone, ctx.date));
  const height = place(ctx.grid, ctx.grid, ctx.step, ctx.rowHeight).height;
  const body = h('div', {
    class: 'cal-col',
    role: 'group',
    'aria-label': specialist.name,
    'data-day-key': day.key,
    'data-specialist': specialist.id,
    'data-version': day.version,
    style: `height:${height}px`,
  });

  for (const span of working) {
    const where = place(span, ctx.grid, ctx.step, ctx.rowHeight);
    body.append(h('div', { class: 'cal-work', style: `top:${where.top}px;height:${where.height}px` }));
  }
  for (const row of rows) {
    if (row.freeAt === null) continue;
    const where = place({ from: row.start, to: row.end }, ctx.grid, ctx.step, ctx.rowHeight);
    body.append(h('button', {
      type: 'button',
      class: 'cal-cell',
      'data-time': formatHm(row.freeAt),
      'aria-label': t('calendar.cell.book', { specialist: specialist.name, time: formatWallTime(row.freeAt, ctx.locale) }),
      style: `top:${where.top}px;height:${where.height}px`,
    }));
  }

  for (const booking of day.bookings) {
    if (!isShown(booking, ctx.showCancelled)) continue;
    const move = ctx.moves.find((m) => m.booking.id === booking.id);
    if (move && move.toSpecialist !== specialist.id) continue; // drawn in the column it is going to
    // A booking being moved is drawn as it was when dropped, shifted, until the engine's push settles it.
    body.append(...bookingBlocks(move?.booking ?? booking, specialist.id, ctx, move?.shift ?? 0, move?.state === 'sending'));
  }
  for (const move of ctx.moves) {
    if (move.toSpecialist !== specialist.id || move.fromSpecialist === specialist.id) continue;
    // The engine's copy has arrived (a move to another specialist places a new booking that names the old one).
    if (day.bookings.some((b) => b.movedFrom === move.booking.number)) continue;
    body.append(...bookingBlocks(move.booking, specialist.id, ctx, move.shift, move.state === 'sending'));
  }
  return body;
}
