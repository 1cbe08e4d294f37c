import { describe, expect, it } from 'vitest';
import { nextOpenDay, openingOn } from '../src/calendar/branchDays';
import { clientStats } from '../src/calendar/clientStats';
import { DayColumns } from '../src/calendar/dayColumns';
import { isBookingNumber } from '../src/calendar/search';
import type { CalendarColumn } from '../src/calendar/types';
import { booking, branch } from './support/calendarData';

describe('the day arrows skip the branch’s days off', () => {
  const tverskaya = branch();

  it('knows the hours of an open day and that a Sunday or a day off is closed', () => {
    expect(openingOn(tverskaya, '2026-11-23')).toEqual({ day: 'Monday', opens: '09:00', closes: '21:00' });
    expect(openingOn(tverskaya, '2026-11-29')).toBeNull(); // Sunday
    expect(openingOn(tverskaya, '2027-01-01')).toBeNull(); // a Friday, but a day off
  });

  it('goes from Saturday to Monday and back over the closed Sunday', () => {
    expect(nextOpenDay(tverskaya, '2026-11-28', 1)).toBe('2026-11-30');
    expect(nextOpenDay(tverskaya, '2026-11-30', -1)).toBe('2026-11-28');
  });

  it('jumps over New Year’s Day and the Sunday after it', () => {
    expect(nextOpenDay(tverskaya, '2026-12-31', 1)).toBe('2027-01-02');
    expect(nextOpenDay(tverskaya, '2027-01-02', 1)).toBe('2027-01-04');
  });

  it('steps one day when the branch never opens', () => {
    expect(nextOpenDay(branch({ openingHours: [] }), '2026-11-23', 1)).toBe('2026-11-24');
  });
});

describe('a client’s card counts their visits', () => {
  it('counts visits that happened, no-shows and own cancellations, the last visit, the next booking and what completed visits came to', () => {
    const now = new Date('2026-11-23T09:00:00Z');
    const stats = clientStats([
      booking({ id: 'a', date: '2026-10-01', status: 'Completed', total: { minor: 450000, currency: 'RUB' } }),
      booking({ id: 'b', date: '2026-11-02', status: 'Completed', total: { minor: 220000, currency: 'RUB' } }),
      booking({ id: 'c', date: '2026-11-20', status: 'Arrived' }),
      booking({ id: 'd', date: '2026-11-10', status: 'NoShow' }),
      booking({ id: 'e', date: '2026-11-11', status: 'Cancelled' }),
      booking({ id: 'f', date: '2026-11-12', status: 'Cancelled', movedTo: 'TVR-261113-1-1' }),
      booking({ id: 'g', number: 'TVR-261130-1-1', date: '2026-11-30', status: 'Confirmed', start: '2026-11-30T07:00:00Z' }),
      booking({ id: 'h', number: 'TVR-261125-1-1', date: '2026-11-25', status: 'Unconfirmed', start: '2026-11-25T07:00:00Z' }),
      booking({ id: 'i', date: '2026-11-01', status: 'Confirmed', start: '2026-11-01T07:00:00Z' }),
    ], now);

    expect(stats).toMatchObject({ visits: 3, noShows: 1, cancelled: 1, lastVisit: '2026-11-20', spent: [{ minor: 670000, currency: 'RUB' }] });
    expect(stats.next?.number).toBe('TVR-261125-1-1');
  });

  it('has nothing to say about a new client', () => {
    expect(clientStats([], new Date())).toEqual({ visits: 0, noShows: 0, cancelled: 0, lastVisit: null, next: null, spent: [] });
  });
});

describe('the search box tells a booking number from a name or phone', () => {
  it.each([['TVR-261123-5-1', true], [' ekb-261201-12-30 ', true], ['Anna Ivanova', false], ['8 900 000-00-12', false], ['+79000000012', false], ['TVR-2611-5-1', false]])(
    '"%s" is a number: %s', (text, expected) => expect(isBookingNumber(text)).toBe(expected));
});

describe('the columns follow the topic', () => {
  const column = (id: string, name: string): CalendarColumn => ({
    specialist: { id, name, position: 'Massage therapist', photoUrl: null, number: 1 },
    day: { key: `b/${id}/2026-11-23`, branchId: 'b', specialistId: id, date: '2026-11-23', version: 1, hours: [], hoursPinned: false, bookings: [] },
  });

  it('orders a snapshot’s columns as its roster lists them and adds a newcomer in name order', () => {
    const day = new DayColumns();
    day.replace([
      { key: 'b/c/2026-11-23', version: 1, data: column('c', 'Cyril') },
      { key: 'roster', version: 5, data: { version: 5, specialistIds: ['a', 'c'] } },
      { key: 'b/a/2026-11-23', version: 1, data: column('a', 'Anna') },
    ]);
    expect(day.put('b/b/2026-11-23', column('b', 'Boris'))).toBe('added');
    expect(day.put('b/a/2026-11-23', column('a', 'Anna'))).toBe('updated');

    expect(day.columns.map((c) => c.specialist.name)).toEqual(['Anna', 'Boris', 'Cyril']);
    expect(day.roster?.version).toBe(5);
  });
});
