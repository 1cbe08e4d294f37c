import { describe, expect, it } from 'vitest';
import type { TopicView } from '../src/realtime/versionedTopic';
import { VersionedTopic } from '../src/realtime/versionedTopic';
import { applyPatch } from '../src/realtime/itemPatch';

interface Booking {
  readonly id: string;
  readonly status: string;
}
interface Column {
  readonly specialist: string;
  readonly day: { readonly version: number; readonly bookings: readonly Booking[] };
}

const column = (version: number, ...bookings: Booking[]): Column => ({ specialist: 'anna', day: { version, bookings } });
const patch = { list: 'day.bookings', removed: [] as string[] };

class Shown implements TopicView<Column> {
  readonly columns = new Map<string, Column>();
  snapshot(items: readonly { key: string; data: Column }[]): void {
    this.columns.clear();
    for (const item of items) this.columns.set(item.key, item.data);
  }
  change(key: string, data: Column): void {
    this.columns.set(key, data);
  }
}

describe('a partial change carries only the bookings that changed', () => {
  it('replaces changed bookings in their places, appends new ones and keeps the rest', () => {
    const whole = column(3, { id: 'b1', status: 'Confirmed' }, { id: 'b2', status: 'Unconfirmed' }, { id: 'b3', status: 'Arrived' });
    const partial = column(5, { id: 'b4', status: 'Unconfirmed' }, { id: 'b2', status: 'Cancelled' });
    expect(applyPatch(whole, partial, patch)).toEqual(
      column(5, { id: 'b1', status: 'Confirmed' }, { id: 'b2', status: 'Cancelled' }, { id: 'b3', status: 'Arrived' }, { id: 'b4', status: 'Unconfirmed' }),
    );
    expect(whole.day.bookings[1]?.status).toBe('Unconfirmed');
  });

  it('drops the removed ones', () => {
    const whole = column(3, { id: 'b1', status: 'Held' }, { id: 'b2', status: 'Confirmed' });
    expect(applyPatch(whole, column(4), { list: 'day.bookings', removed: ['b1'] })).toEqual(column(4, { id: 'b2', status: 'Confirmed' }));
  });

  it('is refused when the item has no such list', () => {
    expect(() => applyPatch({ day: {} }, { day: {} }, patch)).toThrow(/no list at day\.bookings/);
  });
});

describe('a live topic applies partial changes over what it shows', () => {
  it('shows the whole column after a run of partial changes, and after a snapshot in between', () => {
    const shown = new Shown();
    const topic = new VersionedTopic<Column>('calendar:b:2026-03-08', shown);
    topic.acceptSnapshot([{ key: 'anna', version: 3, data: column(3, { id: 'b1', status: 'Confirmed' }, { id: 'b2', status: 'Confirmed' }) }]);
    expect(topic.receive({ topic: topic.topic, key: 'anna', firstVersion: 4, version: 4, data: column(4, { id: 'b1', status: 'Arrived' }), patch })).toBe('applied');
    expect(topic.receive({ topic: topic.topic, key: 'anna', firstVersion: 5, version: 6, data: column(6, { id: 'b3', status: 'Unconfirmed' }), patch })).toBe('applied');
    expect(shown.columns.get('anna')).toEqual(
      column(6, { id: 'b1', status: 'Arrived' }, { id: 'b2', status: 'Confirmed' }, { id: 'b3', status: 'Unconfirmed' }),
    );

    // A partial change that skips a version cannot be applied: it waits for a snapshot and is replayed over it.
    expect(topic.receive({ topic: topic.topic, key: 'anna', firstVersion: 8, version: 8, data: column(8, { id: 'b2', status: 'NoShow' }), patch })).toBe('gap');
    expect(topic.acceptSnapshot([{ key: 'anna', version: 7, data: column(7, { id: 'b1', status: 'Completed' }, { id: 'b2', status: 'Confirmed' }) }])).toBe(true);
    expect(shown.columns.get('anna')).toEqual(column(8, { id: 'b1', status: 'Completed' }, { id: 'b2', status: 'NoShow' }));
  });

  it('calls a partial change for a key it does not show a gap', () => {
    const topic = new VersionedTopic<Column>('calendar:b:2026-03-08', new Shown());
    topic.acceptSnapshot([]);
    expect(topic.receive({ topic: topic.topic, key: 'anna', firstVersion: 1, version: 1, data: column(1), patch })).toBe('gap');
  });
});
