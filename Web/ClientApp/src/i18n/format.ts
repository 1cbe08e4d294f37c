// Formatting for people, always through Intl in the given locale. Pure functions: the caller passes the locale and,
// for instants, the BRANCH's IANA time zone; the browser's own zone is never used.

/** A decimal string that Intl.NumberFormat formats exactly (it takes such strings without going through a double). */
export type DecimalString = `${number}`;

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  // Building a formatter costs far more than using one, and a calendar formats hundreds of cells.
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter as T;
}

/** The integer count of minor units as an exact decimal: (1234567n, 2) is "12345.67"; no floating arithmetic. */
export function minorUnitsToDecimal(minor: bigint, digits: number): DecimalString {
  if (!Number.isInteger(digits) || digits < 0) throw new RangeError(`minor unit digits must be a whole number, got ${digits}`);
  const negative = minor < 0n;
  const figures = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = figures.slice(0, figures.length - digits);
  const fraction = digits > 0 ? `.${figures.slice(figures.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}` as DecimalString;
}

/** How many minor-unit digits a currency has, as Intl knows it (RUB 2, JPY 0, KWD 3). */
export function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Money given as integer minor units and an ISO 4217 code, e.g. (1234567, 'RUB') is 12 345,67 ₽ in ru.
 * A number must be a safe integer: beyond 2^53 pass a bigint or a string of digits, which stay exact.
 */
export function formatMoney(minor: bigint | number | string, currency: string, locale: string, digits = currencyDigits(currency)): string {
  if (typeof minor === 'number' && !Number.isSafeInteger(minor)) throw new RangeError(`minor units must be a safe integer, got ${minor}`);
  const amount = minorUnitsToDecimal(BigInt(minor), digits);
  return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
}

/** The date of an instant as it is in the branch's zone (medium style: "Mar 8, 2026", "8 мар. 2026 г."). */
export function formatDate(instant: Date | string, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(toDate(instant));
}

/** The wall-clock time of an instant in the branch's zone ("3:30 AM", "03:30"). */
export function formatTime(instant: Date | string, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(toDate(instant));
}

export function formatDateTime(instant: Date | string, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(toDate(instant));
}

/**
 * A branch's local date ("2026-03-08", the key of a specialist's day), which is a date and not an instant:
 * it is formatted as that calendar date, so no zone can move it to the day before.
 */
export function formatLocalDate(localDate: string, locale: string, style: 'full' | 'long' | 'medium' = 'full'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new RangeError(`a local date is YYYY-MM-DD, got "${localDate}"`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read a year below 100 as 19xx
  return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

function toDate(instant: Date | string): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: "${String(instant)}"`);
  return date;
}
