// Which dates a branch opens, and the next or previous one: the day arrows skip days off.

import type { Branch, OpeningHours } from './types';
import { addDays, weekdayOf } from './wallClock';

/** The branch's hours on a local date, or null when it is closed (a day off, or a weekday it does not open). */
export function openingOn(branch: Branch, localDate: string): OpeningHours | null {
  if (branch.daysOff.includes(localDate)) return null;
  const weekday = weekdayOf(localDate);
  return branch.openingHours.find((hours) => hours.day === weekday) ?? null;
}

/**
 * The nearest date after (direction 1) or before (-1) the given one on which the branch opens. A branch that never
 * opens within a year has no such date: the plain next or previous date is answered then.
 */
export function nextOpenDay(branch: Branch, localDate: string, direction: 1 | -1): string {
  for (let step = 1; step <= 366; step++) {
    const candidate = addDays(localDate, direction * step);
    if (openingOn(branch, candidate)) return candidate;
  }
  return addDays(localDate, direction);
}
