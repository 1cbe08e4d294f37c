// A booking's history as the engine records it (GET /api/bookings/{number}/history): one entry per change, with who
// made it and the booking as it was before and after.

import type { MessageKey } from '../i18n/catalog';
import type { Booking } from './types';

export interface HistoryEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly command: string;
  readonly before: Booking | null;
  readonly after: Booking | null;
}

const labels: Readonly<Record<string, MessageKey>> = {
  BookAsync: 'calendar.history.booked',
  ConfirmAsync: 'calendar.history.confirmed',
  CheckInAsync: 'calendar.history.checkedIn',
  StartVisitAsync: 'calendar.history.started',
  CompleteVisitAsync: 'calendar.history.completed',
  CancelAsync: 'calendar.history.cancelled',
  MarkNoShowAsync: 'calendar.history.noShow',
  MoveWithinDayAsync: 'calendar.history.moved',
  EditNotesAsync: 'calendar.history.notes',
  ReinstateAsync: 'calendar.history.putBack',
};

/** The words for what an entry did, or null for an engine command the page has no words for (shown as it is). */
export function historyLabel(command: string): MessageKey | null {
  return labels[command] ?? null;
}

/** Newest first: the change a manager most likely wants to undo is the last one. */
export function newestFirst(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].reverse();
}
