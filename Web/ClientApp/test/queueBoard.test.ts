import { describe, expect, it } from 'vitest';
import { spokenNumber } from '../src/queue/announcer';
import { branchToday, queueTopic } from '../src/queue/branchClock';
import { QueueBoard } from '../src/queue/queueBoard';
import type { LineDay, TicketCall } from '../src/queue/types';

const call = (number: string, desk: string, calledAt: string, lineId = 'reception'): TicketCall =>
  ({ ticketId: `t-${number}`, number, lineId, deskId: `desk-${desk}`, deskLabel: desk, calledAt, recalls: 0, status: 'Called' });

const line = (lineId: string, atDesks: TicketCall[], waiting: LineDay['waiting'] = []): LineDay => ({
  key: `b/${lineId}/2026-11-23`, lineId, date: '2026-11-23', version: 1, lastNumber: 3, waitingCount: waiting.length, waiting,
  atDesks, recentCalls: atDesks, served: 0, noShows: 0, averageServiceSeconds: null,
});

function recordingBoard() {
  const announced: string[][] = [];
  const board = new QueueBoard((_, calls) => announced.push(calls.map((c) => `${c.number}@${c.deskLabel}`)));
  return { board, announced };
}

describe('the queue board', () => {
  it('announces nothing already on screen when the page opens, then each new call and recall once', () => {
    const { board, announced } = recordingBoard();
    board.snapshot([{ key: 'line:reception', version: 1, data: line('reception', [call('A-001', '1', '2026-11-23T06:00:00Z')]) }]);
    board.change('line:reception', line('reception', [call('A-001', '1', '2026-11-23T06:00:00Z'), call('A-002', '2', '2026-11-23T06:01:00Z')]));
    board.change('line:reception', line('reception', [call('A-001', '1', '2026-11-23T06:02:00Z'), call('A-002', '2', '2026-11-23T06:01:00Z')]));
    // A resync after a reconnect repeats what was shown: no second chime.
    board.snapshot([{ key: 'line:reception', version: 3, data: line('reception', [call('A-001', '1', '2026-11-23T06:02:00Z'), call('A-002', '2', '2026-11-23T06:01:00Z')]) }]);

    expect(announced).toEqual([[], ['A-002@2'], ['A-001@1'], []]);
  });

  it('merges the lines: the latest call first, and who waits for a desk by rank then time in the queue', () => {
    const { board } = recordingBoard();
    board.snapshot([
      { key: 'setup', version: 2, data: { branchId: 'b', version: 2, lines: [{ id: 'reception', prefix: 'A', name: 'Reception', priorities: [] }, { id: 'cashier', prefix: 'B', name: 'Cashier', priorities: [] }], desks: [], recallsBeforeNoShow: 2 } },
      { key: 'line:reception', version: 4, data: line('reception', [call('A-003', '1', '2026-11-23T06:05:00Z')], [
        { id: 'a4', number: 'A-004', priorityClassId: 'regular', priorityRank: 0, queuedAt: '2026-11-23T06:00:00Z', bookingNumber: null },
      ]) },
      { key: 'line:cashier', version: 2, data: line('cashier', [call('B-001', '2', '2026-11-23T06:06:00Z', 'cashier')], [
        { id: 'b2', number: 'B-002', priorityClassId: 'elderly', priorityRank: 1, queuedAt: '2026-11-23T06:03:00Z', bookingNumber: null },
        { id: 'b3', number: 'B-003', priorityClassId: 'regular', priorityRank: 0, queuedAt: '2026-11-23T05:59:00Z', bookingNumber: null },
      ]) },
    ]);

    expect(board.atDesks.map((c) => c.number)).toEqual(['B-001', 'A-003']);
    expect(board.waitingFor(['reception', 'cashier']).map((w) => w.number)).toEqual(['B-002', 'B-003', 'A-004']);
    expect(board.lineDays.map((l) => `${l.prefix}:${l.day?.waitingCount}`)).toEqual(['A:1', 'B:2']);
  });
});

describe('the branch clock and the spoken number', () => {
  it('takes the date in the branch zone, not the screen’s', () => {
    expect(branchToday('Europe/Moscow', new Date('2026-11-23T21:00:01Z'))).toBe('2026-11-24');
    expect(branchToday('America/New_York', new Date('2026-11-23T21:00:01Z'))).toBe('2026-11-23');
    expect(queueTopic('moscow-tverskaya', '2026-11-24')).toBe('queue:moscow-tverskaya:2026-11-24');
  });

  it('reads A-015 as A 15', () => {
    expect(spokenNumber('A-015')).toBe('A 15');
    expect(spokenNumber('C-1203')).toBe('C 1203');
  });
});
