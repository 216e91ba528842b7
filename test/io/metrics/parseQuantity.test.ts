import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../src/io/metrics/parseQuantity';

describe('parseQuantity', () => {
  it.each([
    ['41.2%', 41.2, '%'],
    ['41.2 %', 41.2, '%'],
    ['512 B', 512, 'B'],
    ['1.2 kB', 1200, 'B'],
    ['1.2 KB', 1200, 'B'],
    ['1.2 MB', 1.2e6, 'B'],
    ['1.2 GB', 1.2e9, 'B'],
    ['2 TB', 2e12, 'B'],
    ['1 KiB', 1024, 'B'],
    ['1.5 MiB', 1.5 * 2 ** 20, 'B'],
    ['1.5 GiB', 1610612736, 'B'],
    ['3 MB/s', 3e6, 'B/s'],
    ['3 KiB/s', 3072, 'B/s'],
    ['10 Mbps', 1e7, 'b/s'],
    ['10 Mb/s', 1e7, 'b/s'],
    ['5 ns', 5e-9, 's'],
    ['5 µs', 5e-6, 's'],
    ['350 ms', 0.35, 's'],
    ['1.2 s', 1.2, 's'],
    ['2 min', 120, 's'],
    ['1.5 hour', 5400, 's'],
    ['1 day', 86400, 's'],
    ['1.5 K', 1500, ''],
    ['2 Mil', 2e6, ''],
    ['120 req/s', 120, 'req/s'],
    ['21.5 °C', 21.5, '°C'],
    ['-3.5e2 ms', -0.35, 's'],
  ])('parseQuantity(%j) is %d %s', (text, value, unit) => {
    expect(parseQuantity(text)).toEqual({ value, unit });
  });

  it.each(['', 'abc', '41.2', 'ms', '1.2.3', '2024-03-01', '10.0.0.1:9100', '12 a2b', '1 2 GB'])(
    'parseQuantity(%j) is null',
    (text) => {
      expect(parseQuantity(text)).toBeNull();
    },
  );
});
