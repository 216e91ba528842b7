import { describe, expect, it } from 'vitest';
import { hourlyMeans } from '../../src/analysis/hourlyMeans';
import { core } from '../helpers/analysisCore';
import { expectNumpyClose } from '../helpers/fixtures';

describe('hourlyMeans', () => {
  it('hourlyMeans(a day per minute, 60) equals np.nanmean(x.reshape(-1, 60), axis=1)', () => {
    expectNumpyClose(hourlyMeans(core.traffic.bandwidth_mbps, 60), core.traffic.hourly);
  });

  it('hourlyMeans(x, k) skips NaN samples; an hour with none present is NaN', () => {
    expect(hourlyMeans([1, 3, NaN, 4, NaN, NaN], 2)).toEqual(Float64Array.of(2, 4, NaN));
  });

  it('hourlyMeans([], k) is empty', () => {
    expect(hourlyMeans([], 60)).toEqual(new Float64Array(0));
  });

  it('hourlyMeans(x, k) throws a RangeError when k does not divide the length', () => {
    expect(() => hourlyMeans([1, 2, 3], 2)).toThrow(RangeError);
    expect(() => hourlyMeans([1, 2, 3], 2)).toThrow(/whole number/);
  });

  it.each([0, 1.5, -60])('hourlyMeans(x, %s) throws a RangeError naming samplesPerHour', (k) => {
    expect(() => hourlyMeans([1, 2], k)).toThrow(/samplesPerHour/);
  });
});
