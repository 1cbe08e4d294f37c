// The short card of a client: visit statistics from their bookings across the chain.

import type { Booking, Money } from './types';

export interface ClientStats {
  /** Visits that happened: arrived, in the chair or done. */
  readonly visits: number;
  readonly noShows: number;
  readonly cancelled: number;
  /** The local date of the latest visit that happened, or null. */
  readonly lastVisit: string | null;
  /** The next booking still to come (unconfirmed or confirmed), or null. */
  readonly next: Booking | null;
  /** What completed visits came to, per currency, in minor units (what was paid comes with payments). */
  readonly spent: readonly Money[];
}

export function clientStats(bookings: readonly Booking[], now: Date): ClientStats {
  let visits = 0;
  let noShows = 0;
  let cancelled = 0;
  let lastVisit: string | null = null;
  let next: Booking | null = null;
  const spent = new Map<string, number>();
  for (const booking of bookings) {
    switch (booking.status) {
      case 'Completed':
      case 'Arrived':
      case 'InProgress':
        visits++;
        if (booking.status === 'Completed') spent.set(booking.total.currency, (spent.get(booking.total.currency) ?? 0) + booking.total.minor);
        if (lastVisit === null || booking.date > lastVisit) lastVisit = booking.date;
        break;
      case 'NoShow':
        noShows++;
        break;
      case 'Cancelled':
        if (!booking.movedTo) cancelled++;
        break;
      case 'Unconfirmed':
      case 'Confirmed':
        if (Date.parse(booking.start) >= now.getTime() && (next === null || booking.start < next.start)) next = booking;
        break;
      default:
        break;
    }
  }
  return { visits, noShows, cancelled, lastVisit, next, spent: [...spent].map(([currency, minor]) => ({ minor, currency })) };
}
