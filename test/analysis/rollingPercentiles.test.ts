import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollingPercentiles } from '../../src/analysis/rollingPercentiles';
import { nanpercentile } from '../../src/kernel';
import raw from '../fixtures/analysis_exercises.json';
import { decode, expectNumpyClose } from '../helpers/fixtures';

interface Reference {
  window: number;
  step: number;
  qs: number[];
  ends: number[];
  bands: number[][];
}

const fx = decode(raw.rolling) as unknown as Record<string, number[]> & Record<string, Reference>;

const cases: [string, string][] = [
  ['seed', 'seed_w10_s1'],
  ['seed', 'seed_w15_s5'],
  ['latency', 'latency_w60_s1'],
  ['latency', 'latency_w60_s10'],
  ['gappy', 'gappy_w20_s1'],
  ['gappy', 'gappy_w20_s25'],
];

/** The definition: nanpercentile of each window, selected afresh. */
function naive(series: number[], window: number, step: number, qs: number[]): Float64Array[] {
  const bands = qs.map(() => [] as number[]);
  for (let s = 0; s + window <= series.length; s += step) {
    const levels = nanpercentile(series.slice(s, s + window), qs);
    levels.forEach((level, j) => bands[j].push(level));
  }
  return bands.map((band) => Float64Array.from(band));
}

describe('rollingPercentiles', () => {
  it.each(cases)(
    'rollingPercentiles(%s, %s) matches np.nanpercentile per window',
    (series, key) => {
      const ref = fx[key] as Reference;
      const result = rollingPercentiles(fx[series] as number[], {
        window: ref.window,
        step: ref.step,
        qs: ref.qs,
      });
      expect(Array.from(result.ends)).toEqual(ref.ends);
      expect(result.bands).toHaveLength(ref.qs.length);
      result.bands.forEach((band, j) => expectNumpyClose(band, ref.bands[j]));
    },
  );

  it('rollingPercentiles([1, 3, 2, 5], { window: 2, qs: [50] }) gives [2, 2.5, 3.5] at ends [1, 2, 3]', () => {
    const result = rollingPercentiles([1, 3, 2, 5], { window: 2, qs: [50] });
    expect(Array.from(result.ends)).toEqual([1, 2, 3]);
    expect(Array.from(result.bands[0])).toEqual([2, 2.5, 3.5]);
  });

  it('rollingPercentiles(series, { window }) defaults to step 1 and qs [50, 95, 99]', () => {
    const result = rollingPercentiles([1, 2, 3, 4, 5], { window: 5 });
    expect(result.qs).toEqual([50, 95, 99]);
    expect(result.step).toBe(1);
    expectNumpyClose(
      result.bands.map((band) => band[0]),
      [3, 4.8, 4.96],
    );
  });

  it('rollingPercentiles(series, { window: 3, step: 2 }) skips windows and drops the ragged tail', () => {
    const result = rollingPercentiles([5, 1, 4, 2, 3, 9], { window: 3, step: 2, qs: [0, 100] });
    expect(Array.from(result.ends)).toEqual([2, 4]);
    expect(Array.from(result.bands[0])).toEqual([1, 2]);
    expect(Array.from(result.bands[1])).toEqual([5, 4]);
  });

  it('rollingPercentiles(series, { window > n }) has no windows', () => {
    const result = rollingPercentiles([1, 2], { window: 3 });
    expect(result.ends).toHaveLength(0);
    expect(result.bands.map((band) => band.length)).toEqual([0, 0, 0]);
  });

  it('rollingPercentiles(a window of NaN) is NaN there and ignores NaN elsewhere', () => {
    const result = rollingPercentiles([NaN, NaN, 4, NaN, 2], { window: 2, qs: [50] });
    expect(Array.from(result.bands[0])).toEqual([NaN, 4, 4, 2]);
  });

  it('rollingPercentiles(series, options) equals nanpercentile of every window', () => {
    const value = fc.oneof(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.constant(NaN),
      fc.integer({ min: 0, max: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 15 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (series, window, step, qs) => {
          const result = rollingPercentiles(series, { window, step, qs });
          expect(result.bands).toEqual(naive(series, window, step, qs));
        },
      ),
    );
  });

  it.each([
    [{ window: 0 }, /window/],
    [{ window: 2.5 }, /window/],
    [{ window: 2, step: 0 }, /step/],
    [{ window: 2, qs: [50, 101] }, /qs/],
    [{ window: 2, qs: [NaN] }, /qs/],
  ])('rollingPercentiles(series, %j) throws a RangeError naming the option', (options, message) => {
    expect(() => rollingPercentiles([1, 2, 3], options)).toThrow(RangeError);
    expect(() => rollingPercentiles([1, 2, 3], options)).toThrow(message);
  });

  it('rollingPercentiles(series) does not modify its input', () => {
    const series = Float64Array.of(3, NaN, 1, 2);
    rollingPercentiles(series, { window: 2 });
    expect(Array.from(series)).toEqual([3, NaN, 1, 2]);
  });
});
