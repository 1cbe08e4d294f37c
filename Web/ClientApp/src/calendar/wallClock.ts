// Local dates ("2026-03-08"), local wall-clock times ("09:30", minutes since local midnight) and UTC instants, in a
// branch's IANA zone. Pure functions over Intl: the browser's own zone is never used.

import type { Weekday } from './types';

export const minutesPerDay = 24 * 60;

/** "09:30" is 570. */
export function parseHm(time: string): number {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) throw new RangeError(`a local time is HH:mm, got "${time}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 570 is "09:30": the form the API reads local times in. */
export function formatHm(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= minutesPerDay) throw new RangeError(`not a time of day: ${minutes} minutes`);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A local date as days since 1970-01-01 (a plain count: no zone can move it). */
export function dayNumber(localDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new RangeError(`a local date is YYYY-MM-DD, got "${localDate}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

export function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(localDate: string, days: number): string {
  return fromDayNumber(dayNumber(localDate) + days);
}

const weekdays: readonly Weekday[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayOf(localDate: string): Weekday {
  return weekdays[new Date(dayNumber(localDate) * 86_400_000).getUTCDay()]!;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

interface LocalMoment {
  readonly day: number;
  readonly minutes: number;
}

// A busy day places each instant a few times (block, buffer, free cells): reading Intl once per instant is enough.
const moments = new Map<string, LocalMoment>();

function localMoment(instant: string | Date, timeZone: string): LocalMoment {
  const iso = typeof instant === 'string' ? instant : instant.toISOString();
  const cacheKey = `${timeZone}|${iso}`;
  const cached = moments.get(cacheKey);
  if (cached) return cached;
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: "${iso}"`);
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(date)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const moment = {
    day: Date.UTC(parts.year!, parts.month! - 1, parts.day!) / 86_400_000,
    minutes: parts.hour! * 60 + parts.minute!,
  };
  if (moments.size > 20_000) moments.clear();
  moments.set(cacheKey, moment);
  return moment;
}

/** The branch's local date at an instant: what "today" is at the branch. */
export function localDateAt(instant: string | Date, timeZone: string): string {
  return fromDayNumber(localMoment(instant, timeZone).day);
}

/**
 * Where an instant falls on a local date's wall clock, in minutes since that date's midnight in the zone: 10:00 local
 * is 600 whatever the UTC offset that day; the evening before is negative and the next day is 1440 and more.
 */
export function wallMinutes(instant: string | Date, timeZone: string, localDate: string): number {
  const moment = localMoment(instant, timeZone);
  return (moment.day - dayNumber(localDate)) * minutesPerDay + moment.minutes;
}
