import { describe, expect, it } from 'vitest';
import { historyLabel, newestFirst, type HistoryEntry } from '../src/calendar/history';

describe('history', () => {
  it('names the commands a booking goes through and leaves others as they are', () => {
    expect(historyLabel('CancelAsync')).toBe('calendar.history.cancelled');
    expect(historyLabel('ReinstateAsync')).toBe('calendar.history.putBack');
    expect(historyLabel('SomethingNewAsync')).toBeNull();
  });

  it('lists the newest change first without reordering the engine’s list in place', () => {
    const entries: HistoryEntry[] = ['a', 'b', 'c'].map((id) => ({ id, at: '2026-11-23T06:00:00Z', actor: 'x', command: 'BookAsync', before: null, after: null }));
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});
