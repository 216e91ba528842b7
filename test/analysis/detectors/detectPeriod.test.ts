import { describe, expect, it } from 'vitest';
import { detectPeriod, medianStepMs } from '../../../src/analysis/detectors/detectPeriod';
import { random } from '../../../src/io/random';

/** A seeded noisy season of `period` samples, with a slow trend, n samples. */
function seasonal(period: number, n: number, seed = 3): Float64Array {
  const r = random(seed, 'detectPeriod');
  return Float64Array.from(
    { length: n },
    (_, i) => 100 + 0.01 * i + 10 * Math.sin((2 * Math.PI * i) / period) + r.normal(0, 2),
  );
}

describe('detectPeriod', () => {
  it.each([
    ['a day of 5-minute samples', 288, 300_000, 288 * 7],
    ['a day of hourly samples', 24, 3_600_000, 24 * 14],
    ['an hour of 1-minute samples', 60, 60_000, 60 * 20],
    ['a week of hourly samples', 168, 3_600_000, 168 * 4],
  ])('finds %s (period %i) given the step', (_, period, stepMs, n) => {
    expect(detectPeriod(seasonal(period, n), { stepMs }).period).toBe(period);
  });

  it('finds a period without a step by searching every lag', () => {
    const got = detectPeriod(seasonal(37, 37 * 10)).period;
    expect(got).toBe(37);
  });

  it('prefers a day over the week a daily pattern also repeats at', () => {
    expect(detectPeriod(seasonal(288, 288 * 21), { stepMs: 300_000 }).period).toBe(288);
  });

  it('finds none in noise, in a random walk, or in a series shorter than two cycles', () => {
    const r = random(5, 'detectPeriod noise');
    const noise = Float64Array.from({ length: 3000 }, () => r.normal(0, 1));
    let level = 0;
    const walk = Float64Array.from({ length: 3000 }, () => (level += r.normal(0, 1)));
    expect(detectPeriod(noise, { stepMs: 300_000 }).period).toBeNull();
    expect(detectPeriod(walk, { stepMs: 300_000 }).period).toBeNull();
    expect(detectPeriod(seasonal(288, 400), { stepMs: 300_000 }).period).toBeNull();
  });

  it('medianStepMs of a time axis, undefined without one', () => {
    expect(medianStepMs([0, 300_000, 600_000, 1_500_000])).toBe(300_000);
    expect(medianStepMs(undefined)).toBeUndefined();
  });
});
