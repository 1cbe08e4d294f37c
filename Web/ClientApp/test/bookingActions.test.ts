import { describe, expect, it } from 'vitest';
import { actionPath, actionsFor } from '../src/calendar/bookingActions';

const before = new Date('2026-11-23T06:00:00Z');
const after = new Date('2026-11-23T08:00:00Z');
const start = '2026-11-23T07:00:00Z';

describe('actionsFor', () => {
  it('offers confirm, check-in and cancel on an unconfirmed booking, and a no-show only once it has started', () => {
    expect(actionsFor({ status: 'Unconfirmed', start }, before)).toEqual(['confirm', 'check-in', 'cancel']);
    expect(actionsFor({ status: 'Unconfirmed', start }, after)).toEqual(['confirm', 'check-in', 'no-show', 'cancel']);
  });

  it('follows a visit: confirmed, arrived, in progress', () => {
    expect(actionsFor({ status: 'Confirmed', start }, before)).toEqual(['check-in', 'cancel']);
    expect(actionsFor({ status: 'Arrived', start }, after)).toEqual(['start', 'cancel']);
    expect(actionsFor({ status: 'InProgress', start }, after)).toEqual(['complete']);
  });

  it('offers nothing on a booking that is over or not yet placed', () => {
    for (const status of ['Completed', 'Cancelled', 'NoShow', 'Held', 'Pending'] as const) expect(actionsFor({ status, start }, after)).toEqual([]);
  });
});

describe('actionPath', () => {
  it('escapes the number', () => {
    expect(actionPath('TVR-261123-1-2', 'check-in')).toBe('/api/bookings/TVR-261123-1-2/check-in');
    expect(actionPath('a/b', 'cancel')).toBe('/api/bookings/a%2Fb/cancel');
  });
});
