import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCountOf,
  formatNumber,
  formatPValue,
  formatTime,
  formatTimeSpan,
  formatValue,
  rescales,
  zoneSuffix,
} from '../../src/charts/formatNumber';
import { inTimeZone } from './inTimeZone';

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
    [0.00042, 's', '0.42 ms'],
    [-2048, 'ms', '-2.05 s'],
    // Bytes in the base unit (or with a binary prefix) read in IEC prefixes: KiB = 1024 B.
    [812, 'B', '812 B'],
    [1536, 'B', '1.5 KiB'],
    [1023, 'B', '1,023 B'],
    [1024, 'B', '1 KiB'],
    [5 * 2 ** 20, 'B', '5 MiB'],
    [1.5 * 2 ** 30, 'B', '1.5 GiB'],
    [3 * 2 ** 40, 'B', '3 TiB'],
    [1536, 'bytes', '1.5 KiB'],
    [2048, 'MiB', '2 GiB'],
    [0.5, 'GiB', '512 MiB'],
    // A decimal prefix the source gave stays decimal: 1000 GB is not 931 GiB.
    [1.2, 'GB', '1.2 GB'],
    [0.5, 'GB', '500 MB'],
    [1500, 'GB', '1.5 TB'],
    [1000, 'GB', '1 TB'],
    [2.5, 'KB', '2.5 kB'],
    [0, 'GB', '0 GB'],
    [0, 'bytes', '0 B'],
    // Byte rates likewise.
    [512, 'B/s', '512 B/s'],
    [1_500_000, 'B/s', '1.43 MiB/s'],
    [3 * 2 ** 30, 'B/s', '3 GiB/s'],
    [0.25, 'MB/s', '250 kB/s'],
    [1500, 'MB/s', '1.5 GB/s'],
    // Bit rates are decimal, spelt kbit/s, Mbit/s, Gbit/s whatever the source wrote.
    [3.4, 'Mbps', '3.4 Mbit/s'],
    [1250, 'Mbps', '1.25 Gbit/s'],
    [0.25, 'Mbps', '250 kbit/s'],
    [0.0005, 'Mbps', '500 bit/s'],
    [0, 'Mbps', '0 Mbit/s'],
    [64_000, 'b/s', '64 kbit/s'],
    [2.5e12, 'bit/s', '2.5 Tbit/s'],
    [12, 'Gbps', '12 Gbit/s'],
    // Other units as they are.
    [2.5, 'req/s', '2.5 req/s'],
    [1234.5, 'count', '1,235 count'],
    [12.345, '', '12.3'],
    [NaN, 'ms', '–'],
    [-Infinity, '%', '–'],
    [Infinity, 'B', '–'],
  ])('formatValue(%s, %j) is %j', (x, unit, text) => {
    expect(formatValue(x, unit)).toBe(text);
  });
});

describe('rescales', () => {
  it.each([
    ['ms', true],
    ['B', true],
    ['MB/s', true],
    ['Mbps', true],
    ['%', false],
    ['req/s', false],
    ['', false],
    ['toString', false],
  ])('rescales(%j) is %s', (unit, yes) => {
    expect(rescales(unit)).toBe(yes);
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

describe('formatTime and formatTimeSpan', () => {
  inTimeZone('America/New_York');
  // 03:05:59 UTC is 22:05 the day before in New York (EST, UTC-5): day and hour both differ.
  const ms = Date.UTC(2024, 0, 31, 3, 5, 59);

  it("formatTime(ms, 'utc') is the UTC YYYY-MM-DD HH:mm", () => {
    expect(formatTime(ms, 'utc')).toBe('2024-01-31 03:05');
    expect(formatTime(Date.UTC(1999, 11, 31, 0, 0), 'utc')).toBe('1999-12-31 00:00');
  });

  it("formatTime(ms, 'local') is the browser's YYYY-MM-DD HH:mm, date included", () => {
    expect(formatTime(ms, 'local')).toBe('2024-01-30 22:05');
    expect(formatTime(new Date(2024, 6, 4, 9, 5).getTime(), 'local')).toBe('2024-07-04 09:05');
  });

  it.each(['utc', 'local'] as const)(
    'formatTime and formatTimeSpan of NaN and ±Infinity are – (%s)',
    (zone) => {
      for (const x of [NaN, Infinity, -Infinity]) {
        expect(formatTime(x, zone)).toBe('–');
        expect(formatTimeSpan(x, x, zone)).toBe(`– – –${zoneSuffix(zone)}`);
      }
    },
  );

  it("formatTimeSpan(start, end, 'utc') ends with the clock time on the start's day, in UTC", () => {
    const start = Date.UTC(2024, 0, 31, 23, 0);
    expect(formatTimeSpan(start, start + 30 * 60_000, 'utc')).toBe('2024-01-31 23:00 – 23:30 UTC');
  });

  it('formatTimeSpan(start, end) gives the end in full on another day', () => {
    const start = Date.UTC(2024, 0, 31, 23, 0);
    expect(formatTimeSpan(start, start + 3_600_000, 'utc')).toBe(
      '2024-01-31 23:00 – 2024-02-01 00:00 UTC',
    );
  });

  it("formatTimeSpan(start, end, 'local') is in the browser's zone, unnamed", () => {
    // 03:05 UTC is 22:05 the day before in New York.
    expect(formatTimeSpan(ms, ms + 10 * 60_000, 'local')).toBe('2024-01-30 22:05 – 22:15');
  });

  it("zoneSuffix names UTC and leaves the browser's zone unnamed", () => {
    expect(formatTime(0, 'utc') + zoneSuffix('utc')).toBe('1970-01-01 00:00 UTC');
    expect(zoneSuffix('local')).toBe('');
  });
});

describe('formatCountOf', () => {
  it('formatCountOf(n, one) is singular for exactly 1, else the plural with an s', () => {
    expect([0, 1, 2, 1234].map((n) => formatCountOf(n, 'day'))).toEqual([
      '0 days',
      '1 day',
      '2 days',
      '1,234 days',
    ]);
  });

  it('formatCountOf(n, one, many) takes an irregular plural', () => {
    expect(formatCountOf(3, 'entry', 'entries')).toBe('3 entries');
  });
});
