import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatCount,
  formatNumber,
  formatPValue,
  formatTime,
  formatValue,
} from '../../src/charts/formatNumber';

describe('formatNumber', () => {
  it.each([
    [0.012345, '0.0123'],
    [3.14159, '3.14'],
    [999.6, '1,000'],
    [123456.7, '123,457'],
    [-42.25, '-42.3'],
    [-0, '0'],
    [NaN, '–'],
    [Infinity, '–'],
  ])('formatNumber(%s) is %j', (x, text) => {
    expect(formatNumber(x)).toBe(text);
  });
});

describe('formatValue', () => {
  it.each([
    [67.66, '%', '67.7 %'],
    [100, '%', '100 %'],
    [0.0432, '%', '0.043 %'],
    [0, '%', '0 %'],
    [512, 'ms', '512 ms'],
    [1234, 'ms', '1.23 s'],
    [0.42, 'ms', '0.42 ms'],
    [1.2, 'GB', '1.2 GB'],
    [0.5, 'GB', '500 MB'],
    [1500, 'GB', '1.5 TB'],
    [812, 'bytes', '812 B'],
    [1536, 'bytes', '1.54 KB'],
    [3.4, 'Mbps', '3.4 Mbps'],
    [1250, 'Mbps', '1.25 Gbps'],
    [0.25, 'MB/s', '250 KB/s'],
    [0, 'GB', '0 GB'],
    [-2048, 'ms', '-2.05 s'],
    [2.5, 'req/s', '2.5 req/s'],
    [12.345, '', '12.3'],
    [NaN, 'ms', '–'],
    [-Infinity, '%', '–'],
  ])('formatValue(%s, %j) is %j', (x, unit, text) => {
    expect(formatValue(x, unit)).toBe(text);
  });
});

describe('formatCount', () => {
  it.each([
    [1234567, '1,234,567'],
    [12.6, '13'],
    [0, '0'],
    [NaN, '–'],
  ])('formatCount(%s) is %j', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe('formatPValue', () => {
  it.each([
    [0.04321, '0.043'],
    [1, '1.000'],
    [0.001, '0.001'],
    [0.00099, '< 0.001'],
    [1e-63, '< 0.001'],
    [NaN, '–'],
  ])('formatPValue(%s) is %j', (p, text) => {
    expect(formatPValue(p)).toBe(text);
  });
});

describe('formatClock and formatTime', () => {
  const ms = new Date(2024, 0, 31, 9, 5, 59).getTime();

  it('formatClock(ms) is the local 24-hour HH:mm', () => {
    expect(formatClock(ms)).toBe('09:05');
    expect(formatClock(new Date(2024, 0, 31, 23, 0).getTime())).toBe('23:00');
  });

  it('formatTime(ms) is the local YYYY-MM-DD HH:mm', () => {
    expect(formatTime(ms)).toBe('2024-01-31 09:05');
  });

  it('formatClock(NaN) and formatTime(NaN) are –', () => {
    expect(formatClock(NaN)).toBe('–');
    expect(formatTime(NaN)).toBe('–');
  });
});
