import { describe, expect, it } from 'vitest';
import { formatDate, formatLocalDate, formatMoney, formatTime, minorUnitsToDecimal } from '../src/i18n/format';

// Intl separates groups and units with no-break spaces; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('minor units become an exact decimal', () => {
  it.each([
    [1234567n, 2, '12345.67'],
    [5n, 2, '0.05'],
    [-5n, 2, '-0.05'],
    [-1234567n, 2, '-12345.67'],
    [0n, 2, '0.00'],
    [1234n, 0, '1234'],
    [1234n, 3, '1.234'],
    [9007199254740993n, 2, '90071992547409.93'],
  ])('%s with %s digits is %s', (minor, digits, decimal) => {
    expect(minorUnitsToDecimal(minor, digits)).toBe(decimal);
  });
});

describe('money is formatted per locale from minor units', () => {
  it('shows 1234567 kopecks as 12 345,67 ₽ in Russian and RUB 12,345.67 in English', () => {
    expect(plain(formatMoney(1234567, 'RUB', 'ru'))).toBe('12 345,67 ₽');
    expect(plain(formatMoney(1234567, 'RUB', 'en-US'))).toBe('RUB 12,345.67');
  });

  it('keeps every digit of an amount beyond what a double holds', () => {
    expect(plain(formatMoney('9007199254740993', 'RUB', 'en-US'))).toBe('RUB 90,071,992,547,409.93');
    expect(formatMoney(9007199254740993n, 'USD', 'en-US')).toBe('$90,071,992,547,409.93');
  });

  it('uses the currency’s own minor unit: none for yen, three for dinars', () => {
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(plain(formatMoney(1234, 'KWD', 'en-US'))).toBe('KWD 1.234');
  });

  it('refuses a number that is not a safe integer instead of rounding it', () => {
    expect(() => formatMoney(12.5, 'RUB', 'en')).toThrow(RangeError);
    expect(() => formatMoney(2 ** 60, 'RUB', 'en')).toThrow(RangeError);
  });
});

describe('instants are shown in the branch’s time zone', () => {
  // 07:30 UTC on the day New York moves its clocks forward (2026-03-08 02:00 → 03:00).
  const instant = '2026-03-08T07:30:00Z';

  it('shows the branch’s wall clock, daylight saving included', () => {
    expect(plain(formatTime(instant, 'America/New_York', 'en-US'))).toBe('3:30 AM');
    expect(formatTime(instant, 'Europe/Moscow', 'ru')).toBe('10:30');
    expect(formatTime(instant, 'Asia/Tokyo', 'ru')).toBe('16:30');
  });

  it('shows the date of the branch, which may not be the date in UTC', () => {
    expect(formatDate('2026-03-08T22:30:00Z', 'Asia/Tokyo', 'en-US')).toBe('Mar 9, 2026');
    expect(formatDate('2026-03-08T22:30:00Z', 'America/New_York', 'en-US')).toBe('Mar 8, 2026');
  });

  it('formats a branch’s local date as that date whatever the zone', () => {
    expect(formatLocalDate('2026-03-08', 'en-US')).toBe('Sunday, March 8, 2026');
    expect(formatLocalDate('2026-03-08', 'ru')).toBe('воскресенье, 8 марта 2026 г.');
    expect(() => formatLocalDate('8.3.2026', 'ru')).toThrow(RangeError);
  });
});
