import type { Booking, Branch } from '../../src/calendar/types';

/** A booking at a Moscow branch on 2026-11-23: 10:00–11:00 local (07:00–08:00 UTC) plus a 10-minute clean-up. */
export function booking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: 'bk-1',
    number: 'TVR-261123-1-1',
    dayKey: 'moscow-tverskaya/elena/2026-11-23',
    branchId: 'moscow-tverskaya',
    specialistId: 'elena',
    date: '2026-11-23',
    client: { clientId: 'cl-1', name: 'Anna Ivanova', phone: '+79000000001' },
    services: [{ serviceId: 'massage', serviceName: 'Massage', start: '2026-11-23T07:00:00Z', end: '2026-11-23T08:00:00Z', price: { minor: 450000, currency: 'RUB' } }],
    start: '2026-11-23T07:00:00Z',
    end: '2026-11-23T08:00:00Z',
    occupiedFrom: '2026-11-23T07:00:00Z',
    occupiedTo: '2026-11-23T08:10:00Z',
    status: 'Confirmed',
    source: 'Reception',
    total: { minor: 450000, currency: 'RUB' },
    ...overrides,
  };
}

/** Open Monday to Saturday 09:00–21:00, closed Sundays and on New Year's Day. */
export function branch(overrides: Partial<Branch> = {}): Branch {
  const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
  return {
    id: 'moscow-tverskaya',
    code: 'TVR',
    name: 'Tverskaya',
    city: 'Moscow',
    timeZone: 'Europe/Moscow',
    currency: 'RUB',
    openingHours: weekdays.map((day) => ({ day, opens: '09:00', closes: '21:00' })),
    daysOff: ['2027-01-01'],
    gridStepMinutes: 15,
    ...overrides,
  };
}
