// Moves the receptionist made that the screen shows before the engine's push confirms them.

import type { Booking } from './types';

export interface PendingMove {
  readonly booking: Booking;
  readonly fromSpecialist: string;
  readonly toSpecialist: string;
  /** Minutes the booking moves by on the wall clock. */
  readonly shift: number;
  /** The source column and its version when the drag was dropped: a later version carries the move (or its undoing). */
  readonly sourceKey: string;
  readonly sourceVersion: number;
  /** Sending: the engine has not answered. Moved: it said yes and its push has not come yet. */
  state: 'sending' | 'moved';
}

export class PendingMoves {
  readonly #moves = new Map<string, PendingMove>();

  get all(): PendingMove[] {
    return [...this.#moves.values()];
  }

  of(bookingId: string): PendingMove | undefined {
    return this.#moves.get(bookingId);
  }

  add(move: PendingMove): PendingMove {
    this.#moves.set(move.booking.id, move);
    return move;
  }

  remove(bookingId: string): PendingMove | undefined {
    const move = this.#moves.get(bookingId);
    this.#moves.delete(bookingId);
    return move;
  }

  /** A column moved past the version a confirmed move was made against: its push has come, so the overlay goes. */
  settle(key: string, version: number): PendingMove[] {
    const settled = this.all.filter((m) => m.state === 'moved' && m.sourceKey === key && version > m.sourceVersion);
    for (const move of settled) this.#moves.delete(move.booking.id);
    return settled;
  }

  /** A fresh snapshot shows the engine's truth: confirmed overlays are no longer needed. */
  settleAll(): void {
    for (const move of this.all) if (move.state === 'moved') this.#moves.delete(move.booking.id);
  }

  clear(): void {
    this.#moves.clear();
  }
}
