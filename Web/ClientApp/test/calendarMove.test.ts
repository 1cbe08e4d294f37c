import { describe, expect, it } from 'vitest';
import { moveFor, type DragStart } from '../src/calendar/moveTarget';
import { parseHm } from '../src/calendar/wallClock';

// Rows of 24 px at a 15-minute step: 1.6 px a minute.
const drop = { pixelsPerMinute: 24 / 15, step: 15 };
const drag: DragStart = { bookingNumber: 'TVR-261123-1-1', specialistId: 'elena', startMinutes: parseHm('10:00'), lengthMinutes: 60 };

describe('a drop becomes a move request', () => {
  it('moves by the rows the pointer travelled, in the same column with the start only', () => {
    expect(moveFor(drag, { ...drop, specialistId: 'elena', deltaY: 72 })).toEqual({
      number: 'TVR-261123-1-1', body: { start: '10:45' }, specialistId: 'elena', startMinutes: parseHm('10:45'),
    });
  });

  it('names the specialist when the drop is in another column', () => {
    expect(moveFor(drag, { ...drop, specialistId: 'dmitry', deltaY: -48 })?.body).toEqual({ start: '09:30', specialistId: 'dmitry' });
  });

  it('rounds to the nearest step', () => {
    expect(moveFor(drag, { ...drop, specialistId: 'elena', deltaY: 30 })?.body.start).toBe('10:15'); // 18.75 min
    expect(moveFor(drag, { ...drop, specialistId: 'elena', deltaY: 36 })?.body.start).toBe('10:30'); // 22.5 min
  });

  it('lands on the zoom step even from a start off it', () => {
    expect(moveFor({ ...drag, startMinutes: parseHm('10:05') }, { ...drop, specialistId: 'elena', deltaY: 24 })?.body.start).toBe('10:15');
  });

  it('is no move when the pointer barely moved, or the booking lands where it is', () => {
    expect(moveFor(drag, { ...drop, specialistId: 'elena', deltaY: 6 })).toBeNull();
    expect(moveFor(drag, { ...drop, specialistId: 'elena', deltaY: 0 })).toBeNull();
  });

  it('moves to another specialist at the same time even without vertical travel', () => {
    expect(moveFor(drag, { ...drop, specialistId: 'dmitry', deltaY: 2 })?.body).toEqual({ start: '10:00', specialistId: 'dmitry' });
  });

  it('is no move when dropped outside every column', () => {
    expect(moveFor(drag, { ...drop, specialistId: null, deltaY: 72 })).toBeNull();
  });

  it('keeps the booking within the day', () => {
    expect(moveFor(drag, { ...drop, specialistId: 'elena', deltaY: -10_000 })?.body.start).toBe('00:00');
    expect(moveFor(drag, { ...drop, specialistId: 'elena', deltaY: 10_000 })?.body.start).toBe('23:00');
  });

  it('works at every zoom: an hour’s row of 24 px moves by hours', () => {
    expect(moveFor(drag, { specialistId: 'elena', deltaY: 48, pixelsPerMinute: 24 / 60, step: 60 })?.body.start).toBe('12:00');
  });
});
