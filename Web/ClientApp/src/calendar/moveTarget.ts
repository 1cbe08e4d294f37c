// Where a dragged booking lands, as the move request the API takes: pure, so the drag's arithmetic is tested alone.

import { formatHm, minutesPerDay } from './wallClock';

export interface DragStart {
  readonly bookingNumber: string;
  readonly specialistId: string;
  /** The booking's start on the grid's wall clock, minutes since local midnight. */
  readonly startMinutes: number;
  /** Its length on the grid, so a drop cannot push it past midnight. */
  readonly lengthMinutes: number;
}

export interface Drop {
  /** The column under the pointer when it was released, or null when it was not over one. */
  readonly specialistId: string | null;
  /** How far the pointer moved up (negative) or down, in pixels. */
  readonly deltaY: number;
  readonly pixelsPerMinute: number;
  /** The zoom step: a drop lands on a multiple of it. */
  readonly step: number;
}

/** Body of POST /api/bookings/{number}/move: the new local start, and the specialist when it changes. */
export interface MoveRequest {
  readonly number: string;
  readonly body: { readonly start: string; readonly specialistId?: string };
  /** Where the block is drawn while the engine decides. */
  readonly specialistId: string;
  readonly startMinutes: number;
}

/**
 * The move a drop asks for: the start moved by the pointer's travel and rounded to the zoom step, kept within the day,
 * in the column under the pointer. Null when the drop is outside every column or lands where the booking already is.
 */
export function moveFor(drag: DragStart, drop: Drop): MoveRequest | null {
  if (drop.specialistId === null) return null;
  const moved = drag.startMinutes + drop.deltaY / drop.pixelsPerMinute;
  const latest = Math.floor((minutesPerDay - Math.max(drag.lengthMinutes, 1)) / drop.step) * drop.step;
  const start = Math.min(Math.max(Math.round(moved / drop.step) * drop.step, 0), Math.max(latest, 0));
  const sameColumn = drop.specialistId === drag.specialistId;
  if (sameColumn && (start === drag.startMinutes || Math.abs(drop.deltaY / drop.pixelsPerMinute) < drop.step / 2)) return null;
  return {
    number: drag.bookingNumber,
    body: sameColumn ? { start: formatHm(start) } : { start: formatHm(start), specialistId: drop.specialistId },
    specialistId: drop.specialistId,
    startMinutes: start,
  };
}
