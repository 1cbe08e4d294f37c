// How a booking looks: its status's class and whether it is drawn at all.

import type { Booking, BookingStatus } from './types';

export type StatusClass = 'status-held' | 'status-unconfirmed' | 'status-confirmed' | 'status-arrived' | 'status-no-show' | 'status-cancelled';

const classes: { readonly [S in BookingStatus]: StatusClass } = {
  Held: 'status-held',
  Pending: 'status-held',
  Unconfirmed: 'status-unconfirmed',
  Confirmed: 'status-confirmed',
  Arrived: 'status-arrived',
  InProgress: 'status-arrived',
  Completed: 'status-arrived',
  NoShow: 'status-no-show',
  Cancelled: 'status-cancelled',
};

/** Unconfirmed yellow, confirmed blue, arrived, in the chair or done green, no-show marked, held or waiting for a room gray. */
export function statusClass(status: BookingStatus): StatusClass {
  return classes[status];
}

/** Cancelled bookings (moved ones included) are drawn only when the receptionist asks for them. */
export function isShown(booking: Booking, showCancelled: boolean): boolean {
  return booking.status !== 'Cancelled' || showCancelled;
}

/** The statuses the engine lets a receptionist move (a visit under way or over stays where it happened). */
export function isMovable(booking: Booking): boolean {
  return booking.status === 'Unconfirmed' || booking.status === 'Confirmed';
}

/** Takes the specialist's time, as the engine counts it: everything but cancelled and no-show. */
export function occupiesTime(booking: Booking): boolean {
  return booking.status !== 'Cancelled' && booking.status !== 'NoShow';
}

export interface DaySummary {
  readonly visits: number;
  readonly arrived: number;
  readonly noShows: number;
}

/** The strip over the grid, counted as the engine's CalendarSummary counts: visits take their time; arrived came in. */
export function summarize(bookings: Iterable<Booking>): DaySummary {
  let visits = 0;
  let arrived = 0;
  let noShows = 0;
  for (const booking of bookings) {
    if (booking.status !== 'Held' && booking.status !== 'Cancelled' && booking.status !== 'NoShow') visits++;
    if (booking.status === 'Arrived' || booking.status === 'InProgress' || booking.status === 'Completed') arrived++;
    if (booking.status === 'NoShow') noShows++;
  }
  return { visits, arrived, noShows };
}
