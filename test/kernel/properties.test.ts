import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  argsort,
  max,
  mean,
  min,
  movingMean,
  nanmax,
  nanmean,
  nanmin,
  nanpercentile,
  nanstd,
  nansum,
  nanvar,
  percentile,
  polyfit,
  polyval,
  std,
  sum,
  variance,
} from '../../src/kernel';
import {
  isStableNumpyOrder,
  percentage,
  sortableDouble,
  tiedSamples,
  wellScaledDouble,
  withNaNs,
} from '../helpers/arbitraries';

// Properties of the kernel that hold for every input, checked on generated ones. Each was seen to
// fail against a deliberately broken kernel function (the report of the change that added this
// file lists the breakages tried).

/** x with each NaN as 0: what NumPy's nansum, nanmean and nanvar sum. */
const zeroed = (x: readonly number[]) => x.map((v) => (Number.isNaN(v) ? 0 : v));

describe('percentile', () => {
  it('lies between the smallest and the largest value, for every q', () => {
    fc.assert(
      fc.property(tiedSamples, percentage, (x, q) => {
        const p = percentile(x, q);
        expect(p).toBeGreaterThanOrEqual(min(x));
        expect(p).toBeLessThanOrEqual(max(x));
      }),
    );
  });

  it('is the smallest value at q = 0 and the largest at q = 100', () => {
    fc.assert(
      fc.property(tiedSamples, (x) => {
        // + 0: of tied zeros, which one's sign comes out depends on where selection stops.
        expect(percentile(x, 0) + 0).toBe(min(x) + 0);
        expect(percentile(x, 100) + 0).toBe(max(x) + 0);
      }),
    );
  });

  it('never falls as q rises', () => {
    fc.assert(
      fc.property(tiedSamples, fc.array(percentage, { minLength: 2, maxLength: 30 }), (x, qs) => {
        const sorted = [...qs].sort((a, b) => a - b);
        const got = percentile(x, sorted);
        for (let i = 1; i < got.length; i++) expect(got[i]).toBeGreaterThanOrEqual(got[i - 1]);
      }),
    );
  });
});

describe('variance and std', () => {
  it('are never negative, and std is the square root of the variance', () => {
    fc.assert(
      fc.property(tiedSamples, fc.constantFrom(0, 1), (x, ddof) => {
        fc.pre(x.length > ddof);
        const v = variance(x, ddof);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(std(x, ddof)).toBeGreaterThanOrEqual(0);
        expect(std(x, ddof)).toBe(Math.sqrt(v));
      }),
    );
  });

  it('are next to nothing for constant data: the mean’s rounding only, as in NumPy', () => {
    fc.assert(
      fc.property(wellScaledDouble, fc.integer({ min: 1, max: 300 }), (c, n) => {
        const x = new Float64Array(n).fill(c);
        expect(std(x)).toBeLessThanOrEqual(1e-13 * Math.abs(c));
      }),
    );
  });
});

describe('movingMean', () => {
  it('equals the naive mean of every window', () => {
    fc.assert(
      fc.property(
        fc.array(wellScaledDouble, { minLength: 1, maxLength: 80 }),
        fc.nat(),
        (x, seed) => {
          const w = 1 + (seed % x.length);
          const got = movingMean(x, w);
          expect(got.length).toBe(x.length - w + 1);
          for (let j = 0; j < got.length; j++) {
            const win = x.slice(j, j + w);
            const naive = win.reduce((s, v) => s + v, 0) / w;
            const scale = Math.max(...win.map(Math.abs));
            expect(Math.abs(got[j] - naive)).toBeLessThanOrEqual(1e-12 * scale);
          }
        },
      ),
    );
  });
});

describe('polyfit', () => {
  it('recovers an integer polynomial exactly sampled at distinct points: its coefficients and values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 4, maxLength: 30 }),
        (p, x) => {
          const y = polyval(p, x);
          const c = polyfit(x, y, p.length - 1);
          expect(c.length).toBe(p.length);
          c.forEach((ci, i) => expect(Math.abs(ci - p[i])).toBeLessThanOrEqual(1e-6));
          const fitted = polyval(c, x);
          const scale = Math.max(1, ...Array.from(y, Math.abs));
          for (let i = 0; i < x.length; i++) {
            expect(Math.abs(fitted[i] - y[i])).toBeLessThanOrEqual(1e-9 * scale);
          }
        },
      ),
    );
  });
});

describe('argsort', () => {
  it('sorts x stably like NumPy, NaN last (short and radix-length arrays)', () => {
    fc.assert(
      fc.property(fc.array(sortableDouble, { maxLength: 300 }), (x) => {
        expect(isStableNumpyOrder(x, argsort(x))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(sortableDouble, { minLength: 2048, maxLength: 3000 }), (x) => {
        expect(isStableNumpyOrder(x, argsort(x))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

describe('the NaN-ignoring functions, as NumPy defines them', () => {
  const samplesWithNaNs = withNaNs(tiedSamples);

  it('nanmin, nanmax and nanpercentile are the plain functions of the values without the NaNs', () => {
    fc.assert(
      fc.property(samplesWithNaNs, percentage, ({ x, clean }, q) => {
        expect(nanmin(x)).toBe(min(clean));
        expect(nanmax(x)).toBe(max(clean));
        expect(nanpercentile(x, q)).toBe(percentile(clean, q));
      }),
    );
  });

  it('nansum and nanmean sum zeros in the NaNs’ places (np.nansum is np.sum(where(isnan(x), 0, x)))', () => {
    fc.assert(
      fc.property(samplesWithNaNs, ({ x, clean }) => {
        expect(nansum(x)).toBe(sum(zeroed(x)));
        expect(nanmean(x)).toBe(sum(zeroed(x)) / clean.length);
        // The same numbers as the plain functions of the values without NaNs, up to rounding:
        // moving values between the pairwise sum's accumulators changes only the last bits.
        const scale = Math.max(1, ...clean.map(Math.abs)) * clean.length;
        expect(Math.abs(nansum(x) - sum(clean))).toBeLessThanOrEqual(1e-14 * scale);
        expect(Math.abs(nanmean(x) - mean(clean))).toBeLessThanOrEqual(1e-14 * scale);
      }),
    );
  });

  it('nanvar and nanstd take deviations from that mean, 0 in the NaNs’ places, summed over every place', () => {
    fc.assert(
      fc.property(samplesWithNaNs, fc.constantFrom(0, 1), ({ x, clean }, ddof) => {
        fc.pre(clean.length > ddof);
        const mu = sum(zeroed(x)) / clean.length;
        const squares = x.map((v) => (Number.isNaN(v) ? 0 : (v - mu) * (v - mu)));
        const expected = sum(squares) / (clean.length - ddof);
        expect(nanvar(x, ddof)).toBe(expected);
        expect(nanstd(x, ddof)).toBe(Math.sqrt(expected));
        const scale = Math.max(1, variance(clean, ddof));
        expect(Math.abs(nanvar(x, ddof) - variance(clean, ddof))).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it('each is the plain function where there is no NaN', () => {
    fc.assert(
      fc.property(tiedSamples, percentage, (x, q) => {
        expect(nansum(x)).toBe(sum(x));
        expect(nanmean(x)).toBe(mean(x));
        expect(nanvar(x)).toBe(variance(x));
        expect(nanstd(x)).toBe(std(x));
        expect(nanmin(x)).toBe(min(x));
        expect(nanmax(x)).toBe(max(x));
        expect(nanpercentile(x, q)).toBe(percentile(x, q));
      }),
    );
  });

  it('give NumPy’s bits where summing the non-NaN values alone would not (np.nansum, np.nanmean)', () => {
    // np.nansum of these 12 values is 127.118, np.sum of the 11 that are not NaN 127.11799999999997.
    const x = [-28.129, -66.805, NaN, -39.08, 48.195, -23.855, 95.776, -19.98, 2.426, 154.582];
    x.push(54.511, -50.523);
    expect(nansum(x)).toBe(127.118);
    expect(sum(x.filter((v) => !Number.isNaN(v)))).toBe(127.11799999999997);
    expect(nanmean(x)).toBe(11.556181818181818);
    expect(nanvar(x)).toBe(4291.087347421487);
  });

  it('of nothing but NaN: nansum 0, the others NaN', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (n) => {
        const x = new Array<number>(n).fill(NaN);
        expect(nansum(x)).toBe(0);
        for (const f of [nanmean, nanvar, nanstd, nanmin, nanmax]) expect(f(x)).toBeNaN();
        expect(nanpercentile(x, 50)).toBeNaN();
      }),
    );
  });
});
