import { describe, expect, it } from 'vitest';
import { detectAnomalies } from '../../src/analysis/detectAnomalies';
import { core } from '../helpers/analysisCore';
import { expectNumpyClose } from '../helpers/fixtures';

const label = (c: { window: number; threshold: number }) =>
  `window ${c.window}, threshold ${c.threshold}`;

describe('detectAnomalies', () => {
  it.each(core.anomalies.seed.map((c) => [label(c), c] as const))(
    'detectAnomalies(seed cpu, %s) matches the seed NumPy code',
    (_, want) => {
      const got = detectAnomalies(core.seed_cpu, {
        window: want.window,
        threshold: want.threshold,
      });
      expect(Array.from(got.indices)).toEqual(want.indices);
      expect(got.count).toBe(want.indices.length);
      expectNumpyClose(got.values, want.values);
      expectNumpyClose(got.expected, want.expected);
      expectNumpyClose(got.deviation, want.deviation);
      expect(got.bandStart).toBe(want.window - 1);
      expectNumpyClose(got.bandMean, want.band_mean);
      expectNumpyClose(got.bandLower, want.band_lower);
      expectNumpyClose(got.bandUpper, want.band_upper);
      expect(got.checked).toBe(60 - want.window + 1);
    },
  );

  it.each(core.anomalies.noisy.map((c) => [label(c), c] as const))(
    'detectAnomalies(noisy series with spikes, %s) matches the seed NumPy code',
    (_, want) => {
      const got = detectAnomalies(core.anomalies.noisy_series, want);
      expect(Array.from(got.indices)).toEqual(want.indices);
      expectNumpyClose(got.deviation, want.deviation);
      expectNumpyClose(got.bandUpper, want.band_upper);
    },
  );

  it('detectAnomalies(noisy series, window 20) finds every injected spike', () => {
    const got = Array.from(
      detectAnomalies(core.anomalies.noisy_series, { window: 20, threshold: 2.5 }).indices,
    );
    expect(got).toEqual(expect.arrayContaining(core.anomalies.noisy_spikes));
  });

  it('detectAnomalies(seed cpu) with the defaults (10, 3) flags nothing: the cap is sqrt(window - 1) = 3', () => {
    const got = detectAnomalies(core.seed_cpu);
    expect(got.count).toBe(0);
    expect(got.indices).toEqual(new Uint32Array(0));
    expect(got.bandMean).toHaveLength(51);
  });

  it('detectAnomalies(flat then a jump) flags the jump at deviation sqrt(window - 1)', () => {
    const got = detectAnomalies([5, 5, 5, 5, 9], { window: 5, threshold: 1.9 });
    expect(Array.from(got.indices)).toEqual([4]);
    expect(got.values).toEqual(Float64Array.of(9));
    expect(got.expected[0]).toBeCloseTo(5.8, 12);
    expect(got.deviation[0]).toBeCloseTo(2, 12);
  });

  it('detectAnomalies(flat series) gives deviation 0 and a zero-width band, never NaN or Infinity', () => {
    for (const level of [0, 0.1, 1e9]) {
      const got = detectAnomalies(new Float64Array(12).fill(level), { window: 4, threshold: 0 });
      expect(got.count).toBe(0);
      expect(got.checked).toBe(9);
      for (const v of [...got.bandMean, ...got.bandLower, ...got.bandUpper])
        expect(v).toBeCloseTo(level, 3);
    }
  });

  it('detectAnomalies(1e9 with a 2-ulp blip) flags nothing: spread below 1e-12 of the level is rounding', () => {
    const blip = 1e9 + 2 ** -22;
    // NumPy would score the blip sqrt(window - 1) = 2 here; the std floor makes it ~1e-4.
    const got = detectAnomalies([1e9, 1e9, 1e9, 1e9, blip], { window: 5, threshold: 1 });
    expect(got.count).toBe(0);
    expect(got.checked).toBe(1);
  });

  it('detectAnomalies(series with NaN) gives no verdict for windows holding the NaN, and recovers after', () => {
    const series = [1, 2, 1, 2, 1, NaN, 2, 1, 2, 1, 2, 1, 2, 40];
    const got = detectAnomalies(series, { window: 3, threshold: 1.2 });
    // Windows ending at 5, 6, 7 contain the NaN: 12 windows, 3 without a verdict.
    expect(got.checked).toBe(9);
    expect(got.bandMean[5 - 2]).toBeNaN();
    expect(got.bandMean[8 - 2]).toBeCloseTo(5 / 3, 12);
    expect(Array.from(got.indices)).toEqual([13]);
    expect(Number.isFinite(got.deviation[0])).toBe(true);
  });

  it('detectAnomalies(x, {window: 1}) flags nothing: each point is its own window', () => {
    const got = detectAnomalies([1, 100, 1], { window: 1, threshold: 0 });
    expect(got.count).toBe(0);
    expect(got.checked).toBe(3);
    expect(got.bandStart).toBe(0);
  });

  it.each([0, 2.5, 4, -1])(
    'detectAnomalies(3 samples, {window: %s}) throws a RangeError naming window',
    (w) => {
      expect(() => detectAnomalies([1, 2, 3], { window: w })).toThrow(RangeError);
      expect(() => detectAnomalies([1, 2, 3], { window: w })).toThrow(/window/);
    },
  );

  it('detectAnomalies(x) leaves x untouched', () => {
    const x = Float64Array.from(core.seed_cpu);
    detectAnomalies(x, { window: 5, threshold: 1 });
    expect(Array.from(x)).toEqual(core.seed_cpu);
  });
});
