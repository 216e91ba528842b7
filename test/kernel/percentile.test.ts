import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, nanpercentile, percentile } from '../../src/kernel/percentile';
import { tiedSamples as samples } from '../helpers/arbitraries';
import { expectNumpyOutcome, inputs, reductionCases } from '../helpers/kernelFixtures';

const SEED_QS = [0, 1, 5, 25, 50, 75, 90, 95, 99, 99.9, 100];

/** NumPy's linear method (its _lerp included) read off a full sort: what selection must give. */
function bySorting(x: ArrayLike<number>, q: number): number {
  const s = Array.from(x).sort((a, b) => a - b);
  const index = (s.length - 1) * (q / 100);
  const below = Math.min(Math.floor(index), s.length - 1);
  const above = Math.min(below + 1, s.length - 1);
  const gamma = index >= s.length - 1 ? index + 1 : index - below;
  const d = s[above] - s[below];
  return gamma >= 0.5 ? s[above] - d * (1 - gamma) : s[below] + d * gamma;
}

describe('percentile', () => {
  it.each(reductionCases('percentile'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => percentile(inputs[c.input], c.q!), c);
  });

  it('percentile(seed CPU, q) equals NumPy’s to the last bit for every q', () => {
    const [, c] = reductionCases('percentile').find(
      ([, c]) => c.input === 'seed_cpu' && Array.isArray(c.q),
    )!;
    expect(Array.from(percentile(inputs.seed_cpu, SEED_QS))).toEqual(c.expected);
    SEED_QS.forEach((q, i) =>
      expect(percentile(inputs.seed_cpu, q)).toBe((c.expected as number[])[i]),
    );
  });

  it('percentile([1, 2, 3, 4], 25) is 1.75 by linear interpolation', () => {
    expect(percentile([1, 2, 3, 4], 25)).toBe(1.75);
  });

  it('percentile(x, [0, 33.3, 50, 99.9, 100]) returns a Float64Array of NumPy’s values', () => {
    const x = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const out = percentile(x, [0, 33.3, 50, 99.9, 100]);
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual([1, 3.997, 5.5, 9.991000000000001, 10]);
  });

  it('percentile(x, q) for q outside [0, 100] or NaN throws RangeError naming q, even for empty x', () => {
    expect(() => percentile([1, 2], -1)).toThrow(/q must lie in \[0, 100\]/);
    expect(() => percentile([1, 2], 100.0000001)).toThrow(RangeError);
    expect(() => percentile([1, 2], [50, NaN])).toThrow(RangeError);
    expect(() => percentile([], 101)).toThrow(/q must/);
  });

  it('percentile([], q) throws RangeError naming x, where NumPy raises IndexError', () => {
    expect(() => percentile([], 50)).toThrow(/x is empty/);
    expect(() => percentile([], [50])).toThrow(RangeError);
  });

  it('percentile([42.5], q) is 42.5 for every q', () => {
    expect(Array.from(percentile([42.5], [0, 37, 100]))).toEqual([42.5, 42.5, 42.5]);
  });

  it('percentile with NaN at either end is NaN for every q, like NumPy 1.24', () => {
    expect(percentile([NaN, 1, 2], 50)).toBeNaN();
    expect(Array.from(percentile([1, 2, NaN], [0, 100]))).toEqual([NaN, NaN]);
  });

  it('percentile with infinities reproduces NumPy’s lerp, NaN included', () => {
    // np.percentile([1, inf], [0, 50, 100, 30, 70]) -> [nan, nan, nan, inf, nan]
    expect(Array.from(percentile([1, Infinity], [0, 50, 100, 30, 70]))).toEqual([
      NaN,
      NaN,
      NaN,
      Infinity,
      NaN,
    ]);
    // np.percentile([-inf, 1, 2], [0, 10, 50]) -> [nan, nan, 1.]
    expect(Array.from(percentile([2, -Infinity, 1], [0, 10, 50]))).toEqual([NaN, NaN, 1]);
  });

  it('percentile([MAX_VALUE, MAX_VALUE], 50) is MAX_VALUE: the lerp does not overflow', () => {
    expect(percentile([Number.MAX_VALUE, Number.MAX_VALUE], 50)).toBe(Number.MAX_VALUE);
  });

  it('percentile does not mutate its input and accepts a Float64Array', () => {
    const x = Float64Array.of(4, 1, 3, 2);
    expect(percentile(x, 50)).toBe(2.5);
    expect(Array.from(percentile(x, [50]))).toEqual([2.5]);
    expect(Array.from(x)).toEqual([4, 1, 3, 2]);
  });

  it('percentile(x, qs) by successive selection equals lookups in the sorted values (property)', () => {
    const qs = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(samples, qs, (x, q) => {
        const got = percentile(x, q);
        // == rather than toBe: the sign of a zero may depend on where a tie was partitioned.
        q.forEach((qi, i) => expect(got[i] == bySorting(x, qi)).toBe(true));
      }),
    );
  });

  it('percentile(x, [50, 95, 99]) on 1e5 tied values equals the values read off a sort', () => {
    const x = Float64Array.from({ length: 100000 }, (_, i) => (i * 7919) % 1000);
    const qs = [99, 50, 95, 50];
    expect(Array.from(percentile(x, qs))).toEqual(qs.map((q) => bySorting(x, q)));
  });

  it('percentile(x, q) by selection equals percentile(x, [q]) by sorting (property)', () => {
    fc.assert(
      fc.property(samples, fc.double({ min: 0, max: 100, noNaN: true }), (x, q) => {
        expect(percentile(x, q) + 0).toBe(percentile(x, [q])[0] + 0);
      }),
    );
  });
});

describe('nanpercentile', () => {
  // NumPy 1.24 returns one scalar nan for empty x whatever q is; that case is tested below.
  const nanCases = reductionCases('nanpercentile').filter(
    ([, c]) => !(c.input === 'empty' && Array.isArray(c.q)),
  );

  it.each(nanCases)('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => nanpercentile(inputs[c.input], c.q!), c);
  });

  it('nanpercentile([4, NaN, 1, 3, 2], [25, 50]) ignores the NaN', () => {
    expect(Array.from(nanpercentile([4, NaN, 1, 3, 2], [25, 50]))).toEqual([1.75, 2.5]);
  });

  it('nanpercentile ignores NaN at both ends', () => {
    expect(nanpercentile([NaN, 1, 3, NaN], 50)).toBe(2);
  });

  it('nanpercentile of empty or all-NaN input is NaN for every q, like NumPy', () => {
    expect(nanpercentile([], 50)).toBeNaN();
    expect(nanpercentile([NaN, NaN], 50)).toBeNaN();
    expect(Array.from(nanpercentile([NaN], [10, 90]))).toEqual([NaN, NaN]);
  });

  it('nanpercentile([], q array) keeps one NaN per q, where NumPy 1.24 returns a scalar nan', () => {
    const out = nanpercentile([], [10, 50, 90]);
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual([NaN, NaN, NaN]);
  });

  it('nanpercentile(x, q) throws RangeError for q outside [0, 100]', () => {
    expect(() => nanpercentile([1], 200)).toThrow(RangeError);
    expect(() => nanpercentile([NaN], [-5])).toThrow(RangeError);
  });
});

describe('median', () => {
  it.each(reductionCases('median'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => median(inputs[c.input]), c);
  });

  it('median(seed CPU) is exactly NumPy’s 71', () => {
    expect(median(inputs.seed_cpu)).toBe(71);
  });

  it('median([3, 1, 4, 2]) is 2.5 and median([3, 1, 2]) is 2', () => {
    expect(median([3, 1, 4, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('median([]) returns NaN like NumPy', () => {
    expect(median([])).toBeNaN();
  });

  it('median with NaN at either end is NaN', () => {
    expect(median([NaN, 1, 2])).toBeNaN();
    expect(median([1, 2, NaN])).toBeNaN();
  });

  it('median averages the middle pair like np.median: Infinity for [1, Infinity], NaN for ±Infinity', () => {
    expect(median([1, Infinity])).toBe(Infinity);
    expect(median([-Infinity, Infinity])).toBeNaN();
    expect(median([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Infinity);
  });

  it('median does not mutate its input', () => {
    const x = [5, 3, 1, 4];
    expect(median(x)).toBe(3.5);
    expect(x).toEqual([5, 3, 1, 4]);
  });

  it('median(x) equals the mean of the middle of the sorted values (property)', () => {
    fc.assert(
      fc.property(samples, (x) => {
        const s = [...x].sort((a, b) => a - b);
        const h = s.length >> 1;
        // + 0 folds -0 into 0: which zero of a tie is "middle" depends on the sort, as in NumPy.
        expect(median(x) + 0).toBe((s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2) + 0);
      }),
    );
  });
});
