import { describe, expect, it } from 'vitest';
import { parseAmount } from '../src/money/moneyApi';

describe('an amount the cashier types', () => {
  it('becomes exact minor units in either decimal mark, with grouping spaces', () => {
    expect(parseAmount('1 234,50')).toBe(123_450);
    expect(parseAmount('1234.5')).toBe(123_450);
    expect(parseAmount('0.07')).toBe(7);
    expect(parseAmount('2\u00a0200')).toBe(220_000);
  });

  it('is refused when it is no amount, negative, or finer than kopecks', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('1.234')).toBeNull();
    expect(parseAmount('12a')).toBeNull();
  });
});
