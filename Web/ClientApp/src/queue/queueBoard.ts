import type { VersionedItem } from '../realtime/contract';
import type { TopicView } from '../realtime/versionedTopic';
import type { KioskFleet, LineDay, QueueSetup, TicketCall, WaitingTicket } from './types';

const setupKey = 'setup';
const kiosksKey = 'kiosks';
const linePrefix = 'line:';

/**
 * A branch's queue day as the topic `queue:{branch}:{date}` tells it (items "setup", "kiosks", "line:{id}"), kept for
 * the lobby and the desk pages to draw. It also says which calls are new since it last told, so the lobby chimes once
 * per call and recall, and not for what was already on screen before a reconnect.
 */
export class QueueBoard implements TopicView<unknown> {
  setup: QueueSetup | undefined;
  kiosks: KioskFleet | undefined;
  readonly lines = new Map<string, LineDay>();
  readonly #announced = new Set<string>();
  #primed = false;

  constructor(private readonly changed: (board: QueueBoard, newCalls: readonly TicketCall[]) => void) {}

  snapshot(items: readonly VersionedItem<unknown>[]): void {
    this.setup = undefined;
    this.kiosks = undefined;
    this.lines.clear();
    for (const item of items) this.#apply(item.key, item.data);
    this.#tell();
  }

  change(key: string, data: unknown): void {
    this.#apply(key, data);
    this.#tell();
  }

  /** Tickets at desks now, the latest call first. */
  get atDesks(): TicketCall[] {
    return [...this.lines.values()].flatMap((line) => line.atDesks).sort(latestFirst);
  }

  /** The latest calls and recalls of every line, the latest first. */
  recentCalls(count: number): TicketCall[] {
    return [...this.lines.values()].flatMap((line) => line.recentCalls).sort(latestFirst).slice(0, count);
  }

  /** The lines in the set-up's order, each with its day (an empty day before its first ticket). */
  get lineDays(): { readonly id: string; readonly prefix: string; readonly name: string; readonly day: LineDay | undefined }[] {
    return (this.setup?.lines ?? []).map((line) => ({ id: line.id, prefix: line.prefix, name: line.name, day: this.lines.get(line.id) }));
  }

  /** Who waits for any of these lines, in the order a desk serving them calls: higher rank, then first in the queue. */
  waitingFor(lineIds: readonly string[]): (WaitingTicket & { readonly lineId: string })[] {
    return lineIds
      .flatMap((id) => (this.lines.get(id)?.waiting ?? []).map((ticket) => ({ ...ticket, lineId: id })))
      .sort((a, b) => b.priorityRank - a.priorityRank || a.queuedAt.localeCompare(b.queuedAt));
  }

  #apply(key: string, data: unknown): void {
    if (key === setupKey) this.setup = data as QueueSetup;
    else if (key === kiosksKey) this.kiosks = data as KioskFleet;
    else if (key.startsWith(linePrefix)) this.lines.set(key.slice(linePrefix.length), data as LineDay);
  }

  #tell(): void {
    const fresh = this.atDesks.filter((call) => !this.#announced.has(callKey(call)));
    for (const call of fresh) this.#announced.add(callKey(call));
    // What is on screen when the page opens was called before anyone looked: only later calls are announced.
    const announce = this.#primed ? fresh.reverse() : [];
    this.#primed = true;
    this.changed(this, announce);
  }
}

// A recall moves calledAt, so it is a new call to announce.
const callKey = (call: TicketCall): string => `${call.ticketId}@${call.calledAt}`;

const latestFirst = (a: TicketCall, b: TicketCall): number => b.calledAt.localeCompare(a.calledAt);
