import type { ChangedMessage, SubscribeResult } from './contract';
import { retryDelay } from './retryPolicy';
import { VersionedTopic, type TopicView } from './versionedTopic';

/** The part of @microsoft/signalr's HubConnection this client uses; tests pass a fake. */
export interface HubLike {
  readonly state: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  invoke<R>(method: string, ...args: unknown[]): Promise<R>;
  on(method: string, handler: (...args: any[]) => void): void;
  onreconnecting(callback: (error?: Error) => void): void;
  onreconnected(callback: (connectionId?: string) => void): void;
  onclose(callback: (error?: Error) => void): void;
}

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'stopped';

export interface RealtimeOptions {
  /** Told whenever the connection's state changes, for a "reconnecting…" line on screen. */
  readonly onStatus?: (status: ConnectionStatus) => void;
  /** Waits between failed tries; tests make it instant. */
  readonly wait?: (milliseconds: number) => Promise<void>;
  readonly delay?: (previousAttempts: number) => number;
}

export interface Subscription {
  unsubscribe(): Promise<void>;
}

interface Entry {
  readonly topic: VersionedTopic<unknown>;
  fetching: boolean;
  // Set when another snapshot was asked for while one was in flight (a reconnect, a new gap): fetch once more.
  again: boolean;
}

const connected = 'Connected';

/**
 * Keeps a page's topics true to the server over one hub connection: connects and reconnects forever, and refetches a
 * topic's snapshot (by calling Subscribe again) after a gap, a reconnect, or a change of server instance.
 * The contract is in ./contract.ts.
 */
export class RealtimeClient {
  readonly #hub: HubLike;
  readonly #options: RealtimeOptions;
  readonly #entries = new Map<string, Entry>();
  #nodeInstance: string | undefined;
  #stopped = false;
  #starting: Promise<void> | undefined;

  constructor(hub: HubLike, options: RealtimeOptions = {}) {
    this.#hub = hub;
    this.#options = options;
    hub.on('changed', (change: ChangedMessage) => this.#changed(change));
    hub.onreconnecting(() => {
      // Whatever is pushed from here to the next snapshot may be lost: hold it, and refetch once back.
      for (const entry of this.#entries.values()) entry.topic.invalidate();
      this.#status('reconnecting');
    });
    hub.onreconnected(() => {
      this.#status('connected');
      this.#refetchAll();
    });
    hub.onclose(() => {
      // Reached only if the automatic reconnect gave up or never began (a close before it was connected): start over.
      if (this.#stopped) return;
      for (const entry of this.#entries.values()) entry.topic.invalidate();
      void this.start();
    });
  }

  /** Connects, trying forever until it does (or stop() is called); then fetches every subscribed topic. */
  start(): Promise<void> {
    this.#stopped = false;
    this.#starting ??= this.#connect().finally(() => (this.#starting = undefined));
    return this.#starting;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#status('stopped');
    await this.#hub.stop();
  }

  /** Follows a topic: the view gets its snapshot as soon as the connection is up, then each change in order. */
  subscribe<T>(topic: string, view: TopicView<T>): Subscription {
    if (this.#entries.has(topic)) throw new Error(`already subscribed to "${topic}"`);
    const entry: Entry = { topic: new VersionedTopic(topic, view as TopicView<unknown>), fetching: false, again: false };
    this.#entries.set(topic, entry);
    if (this.#hub.state === connected) void this.#refetch(topic);
    return { unsubscribe: () => this.#unsubscribe(topic, entry) };
  }

  async #unsubscribe(topic: string, entry: Entry): Promise<void> {
    if (this.#entries.get(topic) !== entry) return;
    this.#entries.delete(topic);
    if (this.#hub.state !== connected) return; // a dropped connection has left its groups already
    try {
      await this.#hub.invoke('Unsubscribe', topic);
    } catch {
      // Only costs a few unwanted pushes, which #changed ignores.
    }
  }

  async #connect(): Promise<void> {
    for (let attempt = 0; !this.#stopped; attempt++) {
      this.#status('connecting');
      try {
        await this.#hub.start();
        this.#status('connected');
        this.#refetchAll();
        return;
      } catch {
        await this.#wait(attempt);
      }
    }
  }

  #changed(change: ChangedMessage): void {
    const entry = this.#entries.get(change.topic);
    if (entry?.topic.receive(change) === 'gap') void this.#refetch(change.topic);
  }

  #refetchAll(): void {
    for (const topic of this.#entries.keys()) void this.#refetch(topic);
  }

  async #refetch(topic: string): Promise<void> {
    const entry = this.#entries.get(topic);
    if (!entry) return;
    if (entry.fetching) {
      entry.again = true;
      return;
    }
    entry.fetching = true;
    try {
      for (let attempt = 0; !this.#stopped && this.#entries.get(topic) === entry; ) {
        entry.again = false;
        // Changes pushed before the answer arrives may be newer than the snapshot: hold them, to replay over it.
        entry.topic.invalidate();
        let result: SubscribeResult;
        try {
          result = await this.#hub.invoke<SubscribeResult>('Subscribe', topic);
        } catch {
          if (entry.again) continue;
          if (this.#hub.state !== connected) return; // the reconnect fetches it again
          await this.#wait(attempt++);
          continue;
        }
        if (this.#entries.get(topic) !== entry) return;
        const complete = entry.topic.acceptSnapshot(result.items);
        this.#noteInstance(result.nodeInstance, topic);
        if (complete && !entry.again) return;
      }
    } finally {
      entry.fetching = false;
    }
  }

  /** A snapshot from another server instance than before: every other topic's picture is suspect too. */
  #noteInstance(nodeInstance: string, fetchedTopic: string): void {
    const previous = this.#nodeInstance;
    this.#nodeInstance = nodeInstance;
    if (previous === undefined || previous === nodeInstance) return;
    for (const topic of this.#entries.keys()) if (topic !== fetchedTopic) void this.#refetch(topic);
  }

  #status(status: ConnectionStatus): void {
    this.#options.onStatus?.(status);
  }

  #wait(previousAttempts: number): Promise<void> {
    const milliseconds = (this.#options.delay ?? retryDelay)(previousAttempts);
    return this.#options.wait?.(milliseconds) ?? new Promise((resolve) => setTimeout(resolve, milliseconds));
  }
}
