import { describe, expect, it } from 'vitest';
import { isMovable, isShown, statusClass, summarize } from '../src/calendar/status';
import type { BookingStatus } from '../src/calendar/types';
import { booking } from './support/calendarData';

describe('a booking is coloured by its status', () => {
  it.each<[BookingStatus, string]>([
    ['Unconfirmed', 'status-unconfirmed'],
    ['Confirmed', 'status-confirmed'],
    ['Arrived', 'status-arrived'],
    ['InProgress', 'status-arrived'],
    ['Completed', 'status-arrived'],
    ['NoShow', 'status-no-show'],
    ['Cancelled', 'status-cancelled'],
    ['Held', 'status-held'],
    ['Pending', 'status-held'],
  ])('%s is %s', (status, css) => {
    expect(statusClass(status)).toBe(css);
  });

  it('hides cancelled bookings unless asked to show them, and shows every other status', () => {
    expect(isShown(booking({ status: 'Cancelled' }), false)).toBe(false);
    expect(isShown(booking({ status: 'Cancelled' }), true)).toBe(true);
    expect(isShown(booking({ status: 'NoShow' }), false)).toBe(true);
  });

  it('lets only bookings not yet begun be dragged', () => {
    expect(isMovable(booking({ status: 'Unconfirmed' }))).toBe(true);
    expect(isMovable(booking({ status: 'Confirmed' }))).toBe(true);
    for (const status of ['Held', 'Pending', 'Arrived', 'InProgress', 'Completed', 'Cancelled', 'NoShow'] as const) expect(isMovable(booking({ status }))).toBe(false);
  });
});

describe('the summary strip counts the day as the engine does', () => {
  it('counts visits (not held, cancelled or no-show), arrivals and no-shows', () => {
    const statuses: BookingStatus[] = ['Held', 'Pending', 'Unconfirmed', 'Confirmed', 'Arrived', 'InProgress', 'Completed', 'Cancelled', 'NoShow', 'NoShow'];
    expect(summarize(statuses.map((status) => booking({ status })))).toEqual({ visits: 6, arrived: 3, noShows: 2 });
  });
});
