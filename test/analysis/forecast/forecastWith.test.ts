import { describe, expect, it } from 'vitest';
import { forecastWith } from '../../../src/analysis/forecast/forecastWith';
import { holtWinters } from '../../../src/analysis/forecast/holtWinters';
import { linearForecast } from '../../../src/analysis/forecast/linearForecast';
import { seasonalNaive } from '../../../src/analysis/forecast/seasonalNaive';

/** 6 weeks of a weekly pattern on a rising line. */
const weekly = Array.from({ length: 42 }, (_, d) => 100 + d + [0, 4, 8, 6, 2, -10, -12][d % 7]);
const mean = (f: { mean: Float64Array }) => Array.from(f.mean);

describe('forecastWith', () => {
  it('forecastWith(linear | seasonalNaive) is that method on the values', () => {
    expect(forecastWith('linear', weekly, 5, 7)).toEqual(linearForecast(weekly, 5));
    expect(forecastWith('seasonalNaive', weekly, 5, 7)).toEqual(seasonalNaive(weekly, 5, 7));
    expect(forecastWith('seasonalNaive', [1, 2, 3], 2, 7)).toEqual(seasonalNaive([1, 2, 3], 2, 3));
  });

  it('forecastWith(holtWinters) is Holt-Winters with the season, or without it below two seasons', () => {
    expect(mean(forecastWith('holtWinters', weekly, 7, 7))).toEqual(
      mean(holtWinters(weekly, 7, 7)),
    );
    const short = weekly.slice(0, 13);
    expect(mean(forecastWith('holtWinters', short, 3, 7))).toEqual(mean(holtWinters(short, 3, 1)));
  });

  it('forecastWith(holtWinters) starts after a gap in the first two seasons', () => {
    const gappy = weekly.map((v, d) => (d === 3 || d === 9 ? NaN : v));
    const f = forecastWith('holtWinters', gappy, 7, 7);
    expect(mean(f)).toEqual(mean(holtWinters(gappy.slice(10), 7, 7)));
    expect(f.mean.every(Number.isFinite)).toBe(true);
  });

  it('forecastWith(holtWinters) coasts through NaN values after its start-up', () => {
    const gappy = weekly.map((v, d) => (d === 20 || d === 41 ? NaN : v));
    const f = forecastWith('holtWinters', gappy, 7, 7);
    expect(mean(f)).toEqual(mean(holtWinters(gappy, 7, 7)));
    expect(f.mean.every(Number.isFinite)).toBe(true);
  });

  it('forecastWith(holtWinters) drops the season when no two seasons are free of gaps', () => {
    const gappy = weekly.map((v, d) => (d % 10 === 9 ? NaN : v));
    expect(mean(forecastWith('holtWinters', gappy, 3, 7))).toEqual(mean(holtWinters(gappy, 3, 1)));
    const holey = [NaN, 5, NaN, 6, 7, NaN];
    expect(mean(forecastWith('holtWinters', holey, 2, 7))).toEqual(
      mean(holtWinters(holey.slice(3), 2, 1)),
    );
  });

  it('forecastWith(holtWinters) throws a RangeError without 2 consecutive values', () => {
    expect(() => forecastWith('holtWinters', [1, NaN, 2, NaN, 3], 2, 1)).toThrow(RangeError);
  });
});
