// A wall-clock time of the branch (minutes since its local midnight) in the reader's locale: "9:30 AM", "09:30".

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatWallTime(minutes: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' })));
  // A wall-clock reading, not an instant: formatted as that reading on a day without clock changes, in UTC.
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return format.format(Date.UTC(2000, 0, 1, Math.floor(wrapped / 60), wrapped % 60));
}
