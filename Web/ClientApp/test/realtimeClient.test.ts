import { describe, expect, it } from 'vitest';
import { RealtimeClient, type ConnectionStatus } from '../src/realtime/realtimeClient';
import { retryDelay } from '../src/realtime/retryPolicy';
import { FakeHub, settle } from './support/fakeHub';
import { change, item, RecordingView } from './support/recordingView';

const day = 'branch-1/2026-03-08';
const otherDay = 'branch-1/2026-03-09';

async function connectedClient(...topics: string[]) {
  const hub = new FakeHub();
  const waits: number[] = [];
  const statuses: ConnectionStatus[] = [];
  const client = new RealtimeClient(hub, { wait: async (ms) => void waits.push(ms), onStatus: (status) => statuses.push(status) });
  const views = new Map(topics.map((topic) => [topic, new RecordingView()]));
  for (const [topic, view] of views) client.subscribe(topic, view);
  await client.start();
  return { hub, client, views, waits, statuses, view: views.get(topics[0] ?? day) ?? new RecordingView() };
}

describe('the realtime client keeps a topic true to the server', () => {
  it('fetches the snapshot once connected, then applies each next version', async () => {
    const { hub, view } = await connectedClient(day);
    expect(hub.calls).toEqual([`Subscribe ${day}`]);
    hub.answer(day, { nodeInstance: 'n1', items: [item('anna', 3)] });
    await settle();
    hub.push(change('anna', 4));
    expect(view.drawn).toEqual(['snapshot anna@3', 'change anna@4']);
  });

  it('refetches once on a gap, holding what comes meanwhile and replaying it over the snapshot', async () => {
    const { hub, view } = await connectedClient(day);
    hub.answer(day, { nodeInstance: 'n1', items: [item('anna', 3)] });
    await settle();

    hub.push(change('anna', 5));
    hub.push(change('anna', 6));
    hub.push(change('anna', 7));
    expect(hub.calls).toEqual([`Subscribe ${day}`]);
    hub.answer(day, { nodeInstance: 'n1', items: [item('anna', 6)] });
    await settle();

    expect(view.drawn).toEqual(['snapshot anna@3', 'snapshot anna@6', 'change anna@7']);
    expect(hub.invocations).toEqual([]);
  });

  it('refetches every topic after a reconnect, and holds changes from the drop until then', async () => {
    const { hub, views } = await connectedClient(day, otherDay);
    hub.answer(day, { nodeInstance: 'n1', items: [item('anna', 3)] });
    hub.answer(otherDay, { nodeInstance: 'n1', items: [] });
    await settle();

    hub.drop();
    hub.push(change('anna', 4));
    expect(views.get(day)!.drawn).toEqual(['snapshot anna@3']);
    hub.reconnect();
    expect(hub.calls).toEqual([`Subscribe ${day}`, `Subscribe ${otherDay}`]);
    hub.answer(day, { nodeInstance: 'n1', items: [item('anna', 3)] });
    await settle();

    expect(views.get(day)!.drawn).toEqual(['snapshot anna@3', 'snapshot anna@3', 'change anna@4']);
  });

  it('refetches the other topics when a snapshot comes from a new server instance', async () => {
    const { hub, client, views } = await connectedClient(day);
    hub.answer(day, { nodeInstance: 'n1', items: [item('anna', 3)] });
    await settle();

    client.subscribe(otherDay, new RecordingView());
    hub.answer(otherDay, { nodeInstance: 'n2', items: [] });
    await settle();

    expect(hub.calls).toEqual([`Subscribe ${day}`]);
    hub.push(change('anna', 4));
    hub.answer(day, { nodeInstance: 'n2', items: [item('anna', 1)] });
    await settle();
    expect(views.get(day)!.drawn).toEqual(['snapshot anna@3', 'snapshot anna@1']);
  });

  it('asks again after the server fails a Subscribe, waiting as the retry policy says', async () => {
    const { hub, view, waits } = await connectedClient(day);
    hub.fail(day);
    await settle();
    hub.fail(day);
    await settle();
    hub.answer(day, { nodeInstance: 'n1', items: [item('anna', 1)] });
    await settle();
    expect(waits).toHaveLength(2);
    expect(view.drawn).toEqual(['snapshot anna@1']);
  });

  it('keeps trying to connect when the server is down at first, then fetches', async () => {
    const hub = new FakeHub();
    hub.startFailures = 5;
    const waits: number[] = [];
    const client = new RealtimeClient(hub, { wait: async (ms) => void waits.push(ms) });
    client.subscribe(day, new RecordingView());
    await client.start();
    expect(waits).toHaveLength(5);
    expect(hub.calls).toEqual([`Subscribe ${day}`]);
  });

  it('stops delivering a topic once unsubscribed and tells the server', async () => {
    const { hub, client, view } = await connectedClient();
    const subscription = client.subscribe(day, view);
    hub.answer(day, { nodeInstance: 'n1', items: [] });
    await settle();
    const unsubscribed = subscription.unsubscribe();
    expect(hub.calls).toEqual([`Unsubscribe ${day}`]);
    hub.invocations.pop()!.resolve(undefined);
    await unsubscribed;
    hub.push(change('anna', 1));
    expect(view.drawn).toEqual(['snapshot']);
  });
});

describe('the retry policy never gives up', () => {
  it('answers a wait for any number of failed tries, growing to about 20 s with jitter', () => {
    expect(retryDelay(0, () => 0.5)).toBe(500);
    expect(retryDelay(1, () => 0)).toBe(1_000);
    for (const attempts of [4, 50, 10_000]) {
      expect(retryDelay(attempts, () => 0)).toBe(10_000);
      expect(retryDelay(attempts, () => 0.999_999)).toBeLessThanOrEqual(30_000);
    }
  });
});
