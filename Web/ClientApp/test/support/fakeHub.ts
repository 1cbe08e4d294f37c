import type { ChangedMessage, SubscribeResult } from '../../src/realtime/contract';
import type { HubLike } from '../../src/realtime/realtimeClient';

interface Invocation {
  readonly method: string;
  readonly topic: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** A hub connection driven by the test: it decides when calls are answered and when the connection drops. */
export class FakeHub implements HubLike {
  state = 'Disconnected';
  startFailures = 0;
  readonly invocations: Invocation[] = [];
  readonly #changed: ((change: ChangedMessage) => void)[] = [];
  readonly #reconnecting: (() => void)[] = [];
  readonly #reconnected: (() => void)[] = [];

  async start(): Promise<void> {
    if (this.startFailures-- > 0) throw new Error('connection refused');
    this.state = 'Connected';
  }

  async stop(): Promise<void> {
    this.state = 'Disconnected';
  }

  invoke<R>(method: string, ...args: unknown[]): Promise<R> {
    return new Promise<R>((resolve, reject) => this.invocations.push({ method, topic: String(args[0]), resolve: resolve as (value: unknown) => void, reject }));
  }

  on(method: string, handler: (change: ChangedMessage) => void): void {
    if (method === 'changed') this.#changed.push(handler);
  }

  onreconnecting(callback: () => void): void {
    this.#reconnecting.push(callback);
  }

  onreconnected(callback: () => void): void {
    this.#reconnected.push(callback);
  }

  onclose(): void {}

  /** The calls made so far, as "Subscribe topic" lines. */
  get calls(): string[] {
    return this.invocations.map((call) => `${call.method} ${call.topic}`);
  }

  /** Answers the oldest unanswered Subscribe of the topic. */
  answer(topic: string, result: SubscribeResult<string>): void {
    this.#take(topic).resolve(result);
  }

  fail(topic: string): void {
    this.#take(topic).reject(new Error('server error'));
  }

  push(change: ChangedMessage<string>): void {
    for (const handler of this.#changed) handler(change);
  }

  drop(): void {
    this.state = 'Reconnecting';
    for (const call of this.invocations.splice(0)) call.reject(new Error('connection lost'));
    for (const callback of this.#reconnecting) callback();
  }

  reconnect(): void {
    this.state = 'Connected';
    for (const callback of this.#reconnected) callback();
  }

  #take(topic: string): Invocation {
    const index = this.invocations.findIndex((call) => call.method === 'Subscribe' && call.topic === topic);
    if (index < 0) throw new Error(`no Subscribe("${topic}") waiting; calls: ${this.calls.join(', ')}`);
    return this.invocations.splice(index, 1)[0]!;
  }
}

/** Lets every promise that can settle, settle. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
