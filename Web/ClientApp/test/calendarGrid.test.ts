import { describe, expect, it } from 'vitest';
import { defaultZoom, gridSpan, hoursToSpans, occupiedSpans, place, rowsOf, wallSpan } from '../src/calendar/grid';
import { addDays, formatHm, localDateAt, parseHm, wallMinutes, weekdayOf } from '../src/calendar/wallClock';
import { booking } from './support/calendarData';

const hm = (time: string) => parseHm(time);

describe('which rows are working time', () => {
  const working = hoursToSpans([{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }]);
  const grid = { from: hm('08:00'), to: hm('19:00') };

  it('marks the hours of the shifts as working and the rest (before, the break, after) as not', () => {
    const rows = rowsOf(grid, 60, working, []);

    expect(rows.map((row) => `${formatHm(row.start)} ${row.working ? 'work' : 'off'}`)).toEqual([
      '08:00 off', '09:00 work', '10:00 work', '11:00 work', '12:00 work', '13:00 off',
      '14:00 work', '15:00 work', '16:00 work', '17:00 work', '18:00 off',
    ]);
  });

  it('counts a row as working when part of it is, and books it from the first working minute', () => {
    const rows = rowsOf({ from: hm('14:00'), to: hm('17:00') }, 60, hoursToSpans([{ start: '09:00', end: '15:00' }, { start: '15:30', end: '21:00' }]), []);

    expect(rows.map((row) => [formatHm(row.start), row.working, row.freeAt === null ? null : formatHm(row.freeAt)])).toEqual([
      ['14:00', true, '14:00'],
      ['15:00', true, '15:30'],
      ['16:00', true, '16:00'],
    ]);
  });

  it('offers no free minute in a row a booking fills, and the minute it ends in a row it half fills', () => {
    const rows = rowsOf({ from: hm('10:00'), to: hm('11:00') }, 15, working, [{ from: hm('10:00'), to: hm('10:20') }]);

    expect(rows.map((row) => (row.freeAt === null ? null : formatHm(row.freeAt)))).toEqual([null, '10:20', '10:30', '10:45']);
  });

  it('has a row per zoom step', () => {
    for (const step of [5, 10, 15, 30, 60]) expect(rowsOf(grid, step, working, [])).toHaveLength((11 * 60) / step);
  });

  it('cuts the last row at the grid end when the step does not divide the span', () => {
    const rows = rowsOf({ from: hm('09:00'), to: hm('09:50') }, 30, working, []);
    expect(rows.map((row) => [formatHm(row.start), row.end - row.start])).toEqual([['09:00', 30], ['09:30', 20]]);
  });
});

describe('the grid spans whole hours from the earliest to the latest thing to show', () => {
  it('is the opening hours when nothing falls outside them', () => {
    expect(gridSpan({ day: 'Monday', opens: '09:00', closes: '21:00' }, [{ from: hm('10:00'), to: hm('18:00') }], [])).toEqual({ from: hm('09:00'), to: hm('21:00') });
  });

  it('widens to a booking before opening, to the whole hour', () => {
    expect(gridSpan({ day: 'Monday', opens: '09:00', closes: '21:00' }, [], [{ from: hm('08:30'), to: hm('09:15') }])).toEqual({ from: hm('08:00'), to: hm('21:00') });
  });

  it('is nine to six on a closed day with nothing on it', () => {
    expect(gridSpan(null, [], [])).toEqual({ from: hm('09:00'), to: hm('18:00') });
  });
});

describe('a booking sits at its start on the branch wall clock', () => {
  it('puts 06:15 UTC at 09:15 in Moscow (UTC+3 all year)', () => {
    expect(wallMinutes('2026-11-23T06:15:00Z', 'Europe/Moscow', '2026-11-23')).toBe(hm('09:15'));
  });

  it('puts 14:00 UTC at 09:00 in New York the day before clocks go forward and at 10:00 on that day', () => {
    expect(wallMinutes('2026-03-07T14:00:00Z', 'America/New_York', '2026-03-07')).toBe(hm('09:00'));
    expect(wallMinutes('2026-03-08T14:00:00Z', 'America/New_York', '2026-03-08')).toBe(hm('10:00'));
  });

  it('draws a booking across the spring-forward gap from 01:30 to 03:30 on the wall clock, though it lasts an hour', () => {
    expect(wallSpan('2026-03-08T06:30:00Z', '2026-03-08T07:30:00Z', 'America/New_York', '2026-03-08')).toEqual({ from: hm('01:30'), to: hm('03:30') });
  });

  it('draws a booking in the repeated hour of the fall-back day as long as it really is', () => {
    // 01:30 EDT to 01:30 EST: the wall clock reads the same twice.
    expect(wallSpan('2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01')).toEqual({ from: hm('01:30'), to: hm('02:30') });
  });

  it('puts 14:00 UTC at 09:00 in New York after clocks go back', () => {
    expect(wallMinutes('2026-11-02T14:00:00Z', 'America/New_York', '2026-11-02')).toBe(hm('09:00'));
  });

  it('counts an instant on the next local day from the date’s midnight', () => {
    expect(wallMinutes('2026-11-23T21:30:00Z', 'Europe/Moscow', '2026-11-23')).toBe(24 * 60 + 30);
    expect(wallMinutes('2026-11-23T20:30:00Z', 'Europe/Moscow', '2026-11-24')).toBe(-30);
  });

  it('places a span in pixels: 10:15–11:00 on a grid from 09:00 at 15 minutes per 24 px row', () => {
    expect(place({ from: hm('10:15'), to: hm('11:00') }, { from: hm('09:00'), to: hm('21:00') }, 15, 24)).toEqual({ top: 120, height: 72 });
  });

  it('clips a span to the grid', () => {
    expect(place({ from: hm('08:00'), to: hm('09:30') }, { from: hm('09:00'), to: hm('21:00') }, 30, 24)).toEqual({ top: 0, height: 24 });
  });

  it('leaves cancelled and no-show bookings out of the time taken', () => {
    const day = [booking({ status: 'Confirmed' }), booking({ status: 'Cancelled' }), booking({ status: 'NoShow' })];
    expect(occupiedSpans(day, 'Europe/Moscow', '2026-11-23')).toEqual([{ from: hm('10:00'), to: hm('11:10') }]);
  });
});

describe('local dates and times', () => {
  it('reads and writes HH:mm', () => {
    expect(parseHm('09:05')).toBe(545);
    expect(formatHm(545)).toBe('09:05');
    expect(() => formatHm(1440)).toThrow(RangeError);
  });

  it('steps dates across months, years and the DST change without drifting', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-11-23')).toBe('Monday');
  });

  it('says what date it is at the branch, not in the browser', () => {
    expect(localDateAt('2026-11-23T22:30:00Z', 'Europe/Moscow')).toBe('2026-11-24');
    expect(localDateAt('2026-11-23T22:30:00Z', 'America/New_York')).toBe('2026-11-23');
  });

  it('zooms to the branch’s grid step, or the nearest step offered', () => {
    expect(defaultZoom(15)).toBe(15);
    expect(defaultZoom(20)).toBe(15);
    expect(defaultZoom(45)).toBe(30);
  });
});
