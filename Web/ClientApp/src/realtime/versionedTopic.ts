import type { ChangedMessage, VersionedItem } from './contract';
import { applyPatch } from './itemPatch';

/** What a page does with a topic's items: draw a whole snapshot, or move one item forward. */
export interface TopicView<T> {
  snapshot(items: readonly VersionedItem<T>[]): void;
  change(key: string, data: T, version: number): void;
}

/** What became of a pushed change: shown, already had, held until a snapshot, or the sign that one is needed. */
export type Receipt = 'applied' | 'duplicate' | 'held' | 'gap';

/**
 * The version protocol for one topic, without any network: per key the last version shown; a change that follows it
 * exactly is applied; an older one is dropped; anything else is a gap. From a gap (or invalidate(), on reconnect)
 * until the next snapshot, changes are held, then replayed over the snapshot in the order they came.
 */
export class VersionedTopic<T> {
  readonly #versions = new Map<string, number>();
  // What is shown per key, so that a partial change can be applied over it.
  readonly #items = new Map<string, T>();
  // null while live; while waiting for a snapshot, the changes pushed meanwhile. A new topic starts waiting.
  #held: ChangedMessage<T>[] | null = [];

  constructor(
    readonly topic: string,
    private readonly view: TopicView<T>,
  ) {}

  get live(): boolean {
    return this.#held === null;
  }

  versionOf(key: string): number {
    return this.#versions.get(key) ?? 0;
  }

  /** What is shown may be behind (the connection dropped, the server restarted): hold changes until a snapshot. */
  invalidate(): void {
    this.#held ??= [];
  }

  receive(change: ChangedMessage<T>): Receipt {
    if (this.#held) {
      this.#held.push(change);
      return 'held';
    }
    const last = this.versionOf(change.key);
    if (change.version <= last) return 'duplicate';
    if (change.firstVersion !== last + 1) {
      // A missed change, or one overlapping what we have: neither can be applied on top, so wait for a snapshot.
      this.#held = [change];
      return 'gap';
    }
    const data = change.patch ? this.#patched(change) : change.data;
    if (data === undefined) {
      this.#held = [change];
      return 'gap';
    }
    this.#versions.set(change.key, change.version);
    this.#items.set(change.key, data);
    this.view.change(change.key, data, change.version);
    return 'applied';
  }

  /**
   * Replaces what is shown with a snapshot, then replays the changes held meanwhile. Answers false when those still
   * leave a gap, so another snapshot is needed (the topic then holds changes again).
   */
  acceptSnapshot(items: readonly VersionedItem<T>[]): boolean {
    const held = this.#held ?? [];
    this.#held = null;
    // Replaced, not merged: after a server restart versions may even go down.
    this.#versions.clear();
    this.#items.clear();
    for (const item of items) {
      this.#versions.set(item.key, item.version);
      this.#items.set(item.key, item.data);
    }
    this.view.snapshot(items);
    let complete = true;
    for (const change of held) if (this.receive(change) === 'gap') complete = false;
    return complete;
  }

  /** The whole item after a partial change, or undefined when there is nothing whole to apply it over. */
  #patched(change: ChangedMessage<T>): T | undefined {
    const whole = this.#items.get(change.key);
    return whole === undefined ? undefined : applyPatch(whole, change.data, change.patch!);
  }
}
