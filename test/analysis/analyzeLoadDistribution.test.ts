import { describe, expect, it } from 'vitest';
import { analyzeLoadDistribution } from '../../src/analysis/analyzeLoadDistribution';
import raw from '../fixtures/analysis_exercises.json';
import { decode, expectNumpyClose } from '../helpers/fixtures';

interface Reference {
  total: number;
  expected: number;
  distribution_pct: number[];
  std: number;
  cv: number;
  chi_square: number;
  dof: number;
  p_value: number;
  overloaded: number[];
  underutilised: number[];
  balanced: boolean;
}

const fx = decode(raw.load_distribution) as unknown as {
  names: string[];
  counts: number[];
  ref: Reference;
  ref_tolerance_05: Reference;
  with_nan: number[];
  ref_with_nan: Reference;
  mild: number[];
  ref_mild: Reference;
};

const cases: [string, number[], number, Reference][] = [
  ['ten servers, one hot and one cold', fx.counts, 0.2, fx.ref],
  ['the same with tolerance 0.05', fx.counts, 0.05, fx.ref_tolerance_05],
  ['web-06 not reporting (NaN)', fx.with_nan, 0.2, fx.ref_with_nan],
  ['a mild imbalance (p near 0.04)', fx.mild, 0.2, fx.ref_mild],
];

describe('analyzeLoadDistribution', () => {
  it.each(cases)(
    'analyzeLoadDistribution(%s) matches NumPy and scipy.stats.chisquare',
    (_, counts, tolerance, ref) => {
      const names = counts.map((_, i) => `web-${String(i + 1).padStart(2, '0')}`);
      const result = analyzeLoadDistribution(counts, names, { tolerance });
      expectNumpyClose(result.total, ref.total);
      expectNumpyClose(result.expected, ref.expected);
      expectNumpyClose(result.distributionPct, ref.distribution_pct);
      expectNumpyClose(result.std, ref.std);
      expectNumpyClose(result.cv, ref.cv);
      expectNumpyClose(result.chiSquare, ref.chi_square);
      expect(result.dof).toBe(ref.dof);
      // Relative, not expectNumpyClose: its 1e-12 absolute floor would accept 0 for p = 1e-63.
      expect(result.pValue / ref.p_value).toBeCloseTo(1, 9);
      expect(result.overloaded).toEqual(
        ref.overloaded.map((i) => ({ name: names[i], count: counts[i] })),
      );
      expect(result.underutilised).toEqual(
        ref.underutilised.map((i) => ({ name: names[i], count: counts[i] })),
      );
      expect(result.balanced).toBe(ref.balanced);
    },
  );

  it('analyzeLoadDistribution(counts with NaN) lists the silent server as missing, not as underutilised', () => {
    const result = analyzeLoadDistribution(fx.with_nan, fx.names);
    expect(result.missing).toEqual(['web-06']);
    expect(result.distributionPct[5]).toBeNaN();
    expect(result.underutilised.map((s) => s.name)).toEqual(['web-08']);
  });

  it('analyzeLoadDistribution([100, 100, 160, 40]) gives the hand-computed statistics and limits', () => {
    const result = analyzeLoadDistribution([100, 100, 160, 40], ['a', 'b', 'c', 'd']);
    expect(result.total).toBe(400);
    expect(result.expected).toBe(100);
    expect(Array.from(result.distributionPct)).toEqual([25, 25, 40, 10]);
    expect(result.chiSquare).toBe(72);
    expect(result.dof).toBe(3);
    expectNumpyClose(result.cv, Math.sqrt(1800) / 100);
    expect([result.lowerLimit, result.upperLimit]).toEqual([80, 120]);
    expect(result.overloaded).toEqual([{ name: 'c', count: 160 }]);
    expect(result.underutilised).toEqual([{ name: 'd', count: 40 }]);
    expect(result.balanced).toBe(false);
  });

  it('analyzeLoadDistribution(near-even counts) is balanced and flags nobody', () => {
    const result = analyzeLoadDistribution([1000, 1010, 990, 1005], ['a', 'b', 'c', 'd']);
    expect(result.cv).toBeLessThan(0.1);
    expect(result.balanced).toBe(true);
    expect(result.overloaded).toEqual([]);
    expect(result.underutilised).toEqual([]);
  });

  it('analyzeLoadDistribution(counts, names, { balancedCv }) moves the balanced verdict', () => {
    const counts = [100, 100, 160, 40];
    const names = ['a', 'b', 'c', 'd'];
    expect(analyzeLoadDistribution(counts, names, { balancedCv: 0.5 }).balanced).toBe(true);
    expect(analyzeLoadDistribution(counts, names, { balancedCv: 0.4 }).balanced).toBe(false);
  });

  it('analyzeLoadDistribution([], []) returns total 0, chi-square 0 (as SciPy) and NaN elsewhere', () => {
    const result = analyzeLoadDistribution([], []);
    expect(result.total).toBe(0);
    expect(result.expected).toBeNaN();
    expect(result.cv).toBeNaN();
    expect(result.chiSquare).toBe(0);
    expect(result.pValue).toBeNaN();
    expect(result.balanced).toBe(false);
  });

  it('analyzeLoadDistribution(all zero) returns a NaN chi-square, as scipy.stats.chisquare([0, 0, 0])', () => {
    const result = analyzeLoadDistribution([0, 0, 0], ['a', 'b', 'c']);
    expect(result.chiSquare).toBeNaN();
    expect(result.pValue).toBeNaN();
    expect(result.overloaded).toEqual([]);
  });

  it('analyzeLoadDistribution throws a RangeError naming names or tolerance when they are unusable', () => {
    expect(() => analyzeLoadDistribution([1, 2], ['a'])).toThrow(/names/);
    expect(() => analyzeLoadDistribution([1, 2], ['a', 'b'], { tolerance: -0.1 })).toThrow(
      /tolerance/,
    );
    expect(() => analyzeLoadDistribution([1, 2], ['a', 'b'], { tolerance: NaN })).toThrow(
      RangeError,
    );
  });

  it('analyzeLoadDistribution(counts) leaves its input alone and returns fresh arrays', () => {
    const counts = Float64Array.of(3, 1, 2);
    const result = analyzeLoadDistribution(counts, ['a', 'b', 'c']);
    expect(Array.from(counts)).toEqual([3, 1, 2]);
    expect(result.counts).not.toBe(counts);
    expect(Array.from(result.counts)).toEqual([3, 1, 2]);
  });
});
