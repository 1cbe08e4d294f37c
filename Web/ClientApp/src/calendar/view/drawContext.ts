import type { Span } from '../grid';
import type { PendingMove } from '../pendingMoves';

/** What drawing a column needs besides the column: the grid's geometry, the branch's zone and the reader's choices. */
export interface DrawContext {
  readonly grid: Span;
  readonly step: number;
  readonly rowHeight: number;
  readonly timeZone: string;
  readonly date: string;
  readonly locale: string;
  readonly showCancelled: boolean;
  /** The number of a booking to point out (found by a search). */
  readonly highlight: string | null;
  readonly moves: readonly PendingMove[];
}
