import { describe, expect, it } from 'vitest';
import { parsePromValue, parseTimestamp } from '../../../src/io/prometheus/parsePromValue';

describe('parsePromValue', () => {
  it.each([
    ['1027', 1027],
    ['-0.5', -0.5],
    ['+3', 3],
    ['.5', 0.5],
    ['5.', 5],
    ['1.458255915e9', 1458255915],
    ['1.7560473e+07', 17560473],
    ['1E-3', 0.001],
    ['NaN', NaN],
    ['nan', NaN],
    ['+Inf', Infinity],
    ['Inf', Infinity],
    ['-Inf', -Infinity],
    ['+inf', Infinity],
    ['Infinity', Infinity],
    ['-infinity', -Infinity],
    ['1.7976931348623157e308', Number.MAX_VALUE],
  ])('parsePromValue(%j) is %d', (text, value) => {
    expect(parsePromValue(text)).toBe(value);
  });

  it.each(['', ' ', 'abc', 'null', '-', 'N/A', '0x10', '1,5', '1 ', '1e', '--1', '+-1', '1_000'])(
    'parsePromValue(%j) is null: not a value in Prometheus',
    (text) => {
      expect(parsePromValue(text)).toBeNull();
    },
  );
});

describe('parseTimestamp', () => {
  it('reads integer milliseconds and fractional seconds', () => {
    expect(parseTimestamp('1700000000000')).toBe(1700000000000);
    expect(parseTimestamp('1700000000.5')).toBe(1700000000.5);
    expect(parseTimestamp('-1')).toBe(-1);
  });

  it.each(['', 'x', 'NaN', '+Inf', '17000000x0000'])('parseTimestamp(%j) is NaN', (text) => {
    expect(parseTimestamp(text)).toBeNaN();
  });
});
