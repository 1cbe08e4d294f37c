// The day on screen: one column per specialist-day, in the roster's order, as the live topic last said.

import type { VersionedItem } from '../realtime/contract';
import type { Booking, CalendarColumn, Roster } from './types';

export const rosterKey = 'roster';

export class DayColumns {
  #columns = new Map<string, CalendarColumn>();
  #roster: Roster | null = null;

  get roster(): Roster | null {
    return this.#roster;
  }

  get columns(): CalendarColumn[] {
    return [...this.#columns.values()];
  }

  get(key: string): CalendarColumn | undefined {
    return this.#columns.get(key);
  }

  /** Replaces everything with a snapshot: its roster, and its columns in the roster's order. */
  replace(items: readonly VersionedItem<unknown>[]): void {
    const columns = items.filter((item) => item.key !== rosterKey).map((item) => item.data as CalendarColumn);
    this.#roster = (items.find((item) => item.key === rosterKey)?.data as Roster | undefined) ?? null;
    const rank = new Map(this.#roster?.specialistIds.map((id, index) => [id, index]) ?? []);
    columns.sort((a, b) => (rank.get(a.specialist.id) ?? Infinity) - (rank.get(b.specialist.id) ?? Infinity));
    this.#columns = new Map(columns.map((column) => [column.day.key, column]));
  }

  /** One pushed column; answers whether it is a new one (the grid then needs redrawing, not just that column). */
  put(key: string, column: CalendarColumn): 'updated' | 'added' {
    if (this.#columns.has(key)) {
      this.#columns.set(key, column);
      return 'updated';
    }
    // A specialist booked on a day they did not have a column for: in name order, as the engine lists them.
    const columns = [...this.#columns.values(), column].sort((a, b) => a.specialist.name.localeCompare(b.specialist.name));
    this.#columns = new Map(columns.map((c) => [c.day.key, c]));
    return 'added';
  }

  clear(): void {
    this.#columns.clear();
    this.#roster = null;
  }

  *bookings(): Iterable<Booking> {
    for (const column of this.#columns.values()) yield* column.day.bookings;
  }

  get bookingCount(): number {
    let count = 0;
    for (const column of this.#columns.values()) count += column.day.bookings.length;
    return count;
  }

  findBooking(id: string): Booking | undefined {
    for (const booking of this.bookings()) if (booking.id === id) return booking;
    return undefined;
  }
}
