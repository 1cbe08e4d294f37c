// What a receptionist may do to a booking from its block, as the engine allows it now. The engine still decides: a
// button shown here may be refused (the booking changed at another desk meanwhile), and the dialog then says why.

import type { Booking } from './types';

export type BookingAction = 'confirm' | 'check-in' | 'start' | 'complete' | 'no-show' | 'cancel';

/** The actions for a booking's status, in the order a visit goes; a no-show only once its start has passed. */
export function actionsFor(booking: Pick<Booking, 'status' | 'start'>, now: Date): BookingAction[] {
  const started = Date.parse(booking.start) <= now.getTime();
  switch (booking.status) {
    case 'Unconfirmed':
      return ['confirm', 'check-in', ...(started ? (['no-show'] as const) : []), 'cancel'];
    case 'Confirmed':
      return ['check-in', ...(started ? (['no-show'] as const) : []), 'cancel'];
    case 'Arrived':
      return ['start', 'cancel'];
    case 'InProgress':
      return ['complete'];
    default:
      return [];
  }
}

/** The engine's address for an action on a booking. */
export function actionPath(number: string, action: BookingAction): string {
  return `/api/bookings/${encodeURIComponent(number)}/${action}`;
}
