import { describe, expect, it } from 'vitest';
import { peakHours } from '../../src/analysis/peakHours';
import { core } from '../helpers/analysisCore';

const { ties, ties_top3, ties_top5 } = core.peak_hours;

describe('peakHours', () => {
  it('peakHours(hourly) gives the 3 largest, largest first, like np.argsort(kind="stable")[-3:][::-1]', () => {
    const got = peakHours(ties);
    expect(Array.from(got.hours)).toEqual(ties_top3);
    expect(Array.from(got.values)).toEqual([9, 9, 9]);
  });

  it('peakHours(hourly, 5) puts the later of equal hours first, as NumPy does', () => {
    expect(Array.from(peakHours(ties, 5).hours)).toEqual(ties_top5);
  });

  it('peakHours(a day of traffic) matches NumPy on the hourly means', () => {
    const got = peakHours(core.traffic.hourly);
    expect(Array.from(got.hours)).toEqual(core.traffic.peak_hours);
    expect(Array.from(got.values)).toEqual(core.traffic.peak_values);
  });

  it('peakHours(hourly with NaN) never picks a NaN hour', () => {
    const got = peakHours([NaN, 2, NaN, 5, 1], 3);
    expect(Array.from(got.hours)).toEqual([3, 1, 4]);
  });

  it('peakHours(hourly, top) returns every present hour when top exceeds them, and nothing for top 0', () => {
    expect(Array.from(peakHours([4, NaN, 7], 10).hours)).toEqual([2, 0]);
    expect(peakHours([4, 7], 0).hours).toEqual(new Uint32Array(0));
    expect(peakHours([], 3).values).toEqual(new Float64Array(0));
  });

  it.each([-1, 2.5, NaN])('peakHours(hourly, %s) throws a RangeError naming top', (top) => {
    expect(() => peakHours([1, 2], top)).toThrow(/top/);
  });
});
