import { describe, expect, it } from 'vitest';
import type { PercentileBandsView } from '../../../src/analysis/views/percentileBandsView';
import { percentileBandsCsv } from '../../../src/charts/csv/percentileBandsCsv';

const T0 = Date.UTC(2024, 0, 1);

function view(xKind: 'time' | 'index', unit = 'ms'): PercentileBandsView {
  return {
    name: 'latency',
    unit,
    xKind,
    x: xKind === 'time' ? Float64Array.of(T0 + 120_000, T0 + 180_000) : Float64Array.of(2, 3),
    qs: [50, 95, 99],
    bands: [
      Float64Array.of(10, 11.5),
      Float64Array.of(20, NaN),
      Float64Array.of(29.900000000000002, 31),
    ],
    window: 3,
    step: 1,
    length: 4,
  };
}

describe('percentileBandsCsv', () => {
  it('percentileBandsCsv(view) gives one row per window end: ISO UTC time, then p50, p95, p99 in the unit', () => {
    expect(percentileBandsCsv(view('time'))).toBe(
      'time,p50 (ms),p95 (ms),p99 (ms)\r\n' +
        '2024-01-01T00:02:00.000Z,10,20,29.900000000000002\r\n' +
        '2024-01-01T00:03:00.000Z,11.5,,31\r\n',
    );
  });

  it('gives the sample index on a series without times, and bare headings without a unit', () => {
    expect(percentileBandsCsv(view('index', ''))).toBe(
      'index,p50,p95,p99\r\n2,10,20,29.900000000000002\r\n3,11.5,,31\r\n',
    );
  });
});
