// The grid's geometry, as pure functions: which wall-clock minutes the grid spans, its rows at a zoom step, which rows
// are working time and where a free one can be booked, and where a booking sits. The grid is the branch's wall
// clock: rows are local times ("10:00" is the row at 10:00 local whatever the UTC offset that day).

import { occupiesTime } from './status';
import type { Booking, OpeningHours, WorkingInterval } from './types';
import { minutesPerDay, parseHm, wallMinutes } from './wallClock';

export const zoomSteps = [5, 10, 15, 30, 60] as const;
export type ZoomStep = (typeof zoomSteps)[number];

/** Minutes since local midnight, [from, to). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

export interface Row {
  readonly start: number;
  readonly end: number;
  /** Some of the row is working time. */
  readonly working: boolean;
  /** The first minute of the row that is working time and not taken by a booking; null when there is none. */
  readonly freeAt: number | null;
}

/** The branch's default zoom, or the nearest step the zoom control offers. */
export function defaultZoom(gridStepMinutes: number): ZoomStep {
  return zoomSteps.reduce((best, step) => (Math.abs(step - gridStepMinutes) < Math.abs(best - gridStepMinutes) ? step : best), 15 as ZoomStep);
}

export function hoursToSpans(hours: readonly WorkingInterval[]): Span[] {
  return hours.map((interval) => ({ from: parseHm(interval.start), to: parseHm(interval.end) || minutesPerDay }));
}

/**
 * Where a booking (or one service of it) sits on the date's wall clock. On a day the clocks go back, an end that reads
 * no later than the start on the wall clock (it fell in the repeated hour) is drawn as long as the booking really is.
 */
export function wallSpan(start: string, end: string, timeZone: string, localDate: string): Span {
  const from = wallMinutes(start, timeZone, localDate);
  let to = wallMinutes(end, timeZone, localDate);
  if (to <= from) to = from + Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  return { from, to };
}

/**
 * The hours the grid shows: whole hours from the earliest of opening, working hours and bookings to the latest of
 * them, within the day; nine to six when there is nothing to go by.
 */
export function gridSpan(opening: OpeningHours | null, hours: readonly Span[], bookings: readonly Span[]): Span {
  const starts = [...hours.map((s) => s.from), ...bookings.map((s) => s.from)];
  const ends = [...hours.map((s) => s.to), ...bookings.map((s) => s.to)];
  if (opening) {
    starts.push(parseHm(opening.opens));
    ends.push(parseHm(opening.closes) || minutesPerDay);
  }
  if (starts.length === 0) return { from: 9 * 60, to: 18 * 60 };
  const from = Math.max(0, Math.floor(Math.min(...starts) / 60) * 60);
  const to = Math.min(minutesPerDay, Math.ceil(Math.max(...ends) / 60) * 60);
  return to > from ? { from, to } : { from, to: Math.min(minutesPerDay, from + 60) };
}

/** The spans of a specialist's day that bookings hold (cancelled and no-show bookings hold none). */
export function occupiedSpans(bookings: readonly Booking[], timeZone: string, localDate: string): Span[] {
  return bookings.filter(occupiesTime).map((b) => wallSpan(b.occupiedFrom, b.occupiedTo, timeZone, localDate));
}

/** The rows of a column at a zoom step, each with whether it is working time and its first free minute. */
export function rowsOf(grid: Span, step: number, working: readonly Span[], occupied: readonly Span[]): Row[] {
  const rows: Row[] = [];
  for (let start = grid.from; start < grid.to; start += step) {
    const end = Math.min(start + step, grid.to);
    const overlapping = working.filter((w) => w.from < end && w.to > start);
    rows.push({ start, end, working: overlapping.length > 0, freeAt: firstFree(start, end, overlapping, occupied) });
  }
  return rows;
}

function firstFree(start: number, end: number, working: readonly Span[], occupied: readonly Span[]): number | null {
  // A free minute is either the row's start, a working interval's start, or the end of a booking in the way.
  const candidates = [start, ...working.map((w) => w.from), ...occupied.map((o) => o.to)].filter((m) => m >= start && m < end).sort((a, b) => a - b);
  for (const minute of candidates) {
    if (working.some((w) => w.from <= minute && minute < w.to) && !occupied.some((o) => o.from <= minute && minute < o.to)) return minute;
  }
  return null;
}

/** Pixels from the grid's top and the height of a span, for rows of rowHeight pixels at the zoom step. */
export function place(span: Span, grid: Span, step: number, rowHeight: number): { readonly top: number; readonly height: number } {
  const perMinute = rowHeight / step;
  const from = Math.max(span.from, grid.from);
  const to = Math.min(span.to, grid.to);
  return { top: (from - grid.from) * perMinute, height: Math.max(0, to - from) * perMinute };
}
