import { describe, expect, it } from 'vitest';
import { detectTrend } from '../../src/analysis/detectTrend';
import raw from '../fixtures/analysis_exercises.json';
import { decode, expectNumpyClose } from '../helpers/fixtures';

interface Reference {
  slope: number;
  intercept: number;
  r_squared: number;
  stderr: number;
  t: number;
  p_value: number;
  dropped: number;
}

const fx = decode(raw.trend) as unknown as {
  rising_ts: number[];
  rising: number[];
  ref_rising: Reference;
  flat: number[];
  ref_flat: Reference;
  gappy_ts: number[];
  gappy: number[];
  ref_gappy: Reference;
};

const cases: [string, number[], number[] | undefined, Reference, string][] = [
  ['rising, epoch-ms timestamps', fx.rising, fx.rising_ts, fx.ref_rising, 'up'],
  ['flat noise, sample index', fx.flat, undefined, fx.ref_flat, 'flat'],
  ['falling with 4 NaN, epoch-ms timestamps', fx.gappy, fx.gappy_ts, fx.ref_gappy, 'down'],
];

describe('detectTrend', () => {
  it.each(cases)(
    'detectTrend(%s) matches scipy.stats.linregress',
    (_, series, timestamps, ref, direction) => {
      const trend = detectTrend(series, { timestamps });
      // Slopes per ms are ~1e-7: compared relatively, below expectNumpyClose's 1e-12 absolute floor.
      expect(trend.slope / ref.slope).toBeCloseTo(1, 9);
      expectNumpyClose(trend.intercept, ref.intercept);
      expectNumpyClose(trend.rSquared, ref.r_squared);
      expect(trend.stderr / ref.stderr).toBeCloseTo(1, 9);
      expectNumpyClose(trend.t, ref.t);
      // Relative, not expectNumpyClose: its 1e-12 absolute floor would accept 0 for p = 1e-19.
      // stdlib's t CDF (a Boost port) agrees with SciPy's to ~1e-14 here.
      expect(trend.pValue / ref.p_value).toBeCloseTo(1, 9);
      expect(trend.dropped).toBe(ref.dropped);
      expect(trend.n).toBe(series.length - ref.dropped);
      expect(trend.dof).toBe(trend.n - 2);
      expect(trend.direction).toBe(direction);
    },
  );

  it('detectTrend(series, { timestamps }) reports the slope per millisecond and per hour', () => {
    const trend = detectTrend(fx.rising, { timestamps: fx.rising_ts });
    expect(trend.unit).toBe('ms');
    expectNumpyClose(trend.slopePerHour, fx.ref_rising.slope * 3_600_000);
  });

  it('detectTrend(series) without timestamps works per sample and leaves slopePerHour NaN', () => {
    const trend = detectTrend([1, 2, 3, 5]);
    expect(trend.unit).toBe('sample');
    expect(trend.slope).toBeCloseTo(1.3, 14);
    expect(trend.intercept).toBeCloseTo(0.8, 14);
    expect(trend.slopePerHour).toBeNaN();
    expect(trend.start.x).toBe(0);
    expect(trend.start.y).toBeCloseTo(0.8, 14);
    expect(trend.end.x).toBe(3);
    expect(trend.end.y).toBeCloseTo(4.7, 14);
  });

  it('detectTrend(series, { alpha }) decides the direction by significance, not by the sign', () => {
    // The flat fixture has slope 0.0108 > 0 and p = 0.411.
    expect(detectTrend(fx.flat).direction).toBe('flat');
    expect(detectTrend(fx.flat, { alpha: 0.5 }).direction).toBe('up');
    expect(detectTrend(fx.flat, { alpha: 0.4 }).direction).toBe('flat');
  });

  it('detectTrend(a line on epoch-ms timestamps) recovers it exactly despite the 1.7e12 offset', () => {
    const timestamps = Array.from({ length: 50 }, (_, i) => 1_764_115_200_000 + 15_000 * i);
    const series = timestamps.map((_, i) => 40 + 0.25 * i);
    const trend = detectTrend(series, { timestamps });
    expectNumpyClose(trend.slopePerHour, 0.25 * 240);
    expectNumpyClose(trend.rSquared, 1);
    expectNumpyClose(trend.start.y, 40);
    expectNumpyClose(trend.end.y, 40 + 0.25 * 49);
    expect(trend.pValue).toBe(0);
    expect(trend.direction).toBe('up');
  });

  it('detectTrend([1, 2, 3, 4]) is an exact fit: t = Infinity, p = 0', () => {
    const trend = detectTrend([1, 2, 3, 4]);
    expect(trend.rSquared).toBe(1);
    expect(trend.stderr).toBe(0);
    expect(trend.t).toBe(Infinity);
    expect(trend.pValue).toBe(0);
    expect(trend.direction).toBe('up');
  });

  it('detectTrend(a constant series) has slope 0, r^2 0 and p 1, as scipy.stats.linregress', () => {
    const trend = detectTrend([7, 7, 7, 7]);
    expect(trend.slope).toBe(0);
    expect(trend.rSquared).toBe(0);
    expect(trend.t).toBe(0);
    expect(trend.pValue).toBe(1);
    expect(trend.direction).toBe('flat');
  });

  it.each([[[]], [[5]], [[1, 2]], [[1, NaN, 3, NaN]]])(
    'detectTrend(%j) with fewer than 3 samples is flat with NaN statistics',
    (series) => {
      const trend = detectTrend(series);
      expect(trend.direction).toBe('flat');
      expect(trend.slope).toBeNaN();
      expect(trend.pValue).toBeNaN();
      expect(trend.n).toBe(series.filter((v) => !Number.isNaN(v)).length);
    },
  );

  it('detectTrend drops a sample whose timestamp is NaN and counts it', () => {
    const trend = detectTrend([1, 2, 100, 3], { timestamps: [0, 1, NaN, 2] });
    expect(trend.dropped).toBe(1);
    expect(trend.slope).toBeCloseTo(1, 14);
  });

  it('detectTrend throws a RangeError naming timestamps or alpha when they are unusable', () => {
    expect(() => detectTrend([1, 2, 3], { timestamps: [1, 2] })).toThrow(/timestamps/);
    expect(() => detectTrend([1, 2, 3], { timestamps: [5, 5, 5] })).toThrow(/timestamps/);
    expect(() => detectTrend([1, 2, 3], { alpha: 2 })).toThrow(/alpha/);
  });

  it('detectTrend(series) does not modify its inputs', () => {
    const series = Float64Array.of(3, NaN, 1);
    const timestamps = Float64Array.of(10, 20, 30);
    detectTrend(series, { timestamps });
    expect(Array.from(series)).toEqual([3, NaN, 1]);
    expect(Array.from(timestamps)).toEqual([10, 20, 30]);
  });
});
