import { describe, expect, it } from 'vitest';
import { slaMetrics } from '../../src/analysis/slaMetrics';
import raw from '../fixtures/analysis_exercises.json';
import { decode, expectNumpyClose } from '../helpers/fixtures';

const fx = decode(raw.sla) as unknown as {
  times: number[];
  target: number;
  missing: number;
  q1: number;
  q3: number;
  lower: number;
  upper: number;
  filtered_out: number;
  percentiles: number[];
  compliance: number;
  apdex: number;
  hist_counts: number[];
  hist_edges: number[];
};

/** n times that are satisfied, tolerating or frustrated against the default T = 200. */
function mix(satisfied: number, tolerating: number, frustrated: number): number[] {
  return [
    ...Array<number>(satisfied).fill(100),
    ...Array<number>(tolerating).fill(500),
    ...Array<number>(frustrated).fill(1000),
  ];
}

describe('slaMetrics', () => {
  it('slaMetrics(the 95/5 SLA mix with 25 NaN) matches NumPy', () => {
    const result = slaMetrics(fx.times, { target: fx.target });
    expect(result.missing).toBe(fx.missing);
    expect(result.count).toBe(fx.times.length - fx.missing);
    expectNumpyClose(result.q1, fx.q1);
    expectNumpyClose(result.q3, fx.q3);
    expectNumpyClose(result.lowerBound, fx.lower);
    expectNumpyClose(result.upperBound, fx.upper);
    expect(result.filteredOut).toBe(fx.filtered_out);
    const { p50, p90, p95, p99, p999 } = result.percentiles;
    expectNumpyClose([p50, p90, p95, p99, p999], fx.percentiles);
    expectNumpyClose(result.compliance, fx.compliance);
    expectNumpyClose(result.apdex, fx.apdex);
    expect(result.rating).toBe('excellent');
    expectNumpyClose(result.histogram.counts, fx.hist_counts);
    expectNumpyClose(result.histogram.edges, fx.hist_edges);
  });

  it('slaMetrics([100, 150, 300, 900, NaN]) gives the hand-computed Apdex 0.625 and compliance 0.5', () => {
    const result = slaMetrics([100, 150, 300, 900, NaN]);
    expect(result.count).toBe(4);
    expect(result.missing).toBe(1);
    expect(result.apdex).toBe(0.625);
    expect(result.compliance).toBe(0.5);
    expect(result.rating).toBe('poor');
  });

  it.each([
    [mix(94, 0, 6), 0.94, 'excellent'],
    [mix(93, 0, 7), 0.93, 'good'],
    [mix(85, 0, 15), 0.85, 'good'],
    [mix(84, 0, 16), 0.84, 'fair'],
    [mix(60, 20, 20), 0.7, 'fair'],
    [mix(69, 0, 31), 0.69, 'poor'],
    [mix(50, 0, 50), 0.5, 'poor'],
    [mix(49, 0, 51), 0.49, 'unacceptable'],
  ])('slaMetrics(%#) scores Apdex %s and rates it %s at the band edges', (times, apdex, rating) => {
    const result = slaMetrics(times);
    expect(result.apdex).toBeCloseTo(apdex, 12);
    expect(result.rating).toBe(rating);
  });

  it('slaMetrics(times, { target, apdexT }) uses target for compliance and T for Apdex', () => {
    const result = slaMetrics([50, 150, 250, 450], { target: 200, apdexT: 100 });
    expect(result.compliance).toBe(0.5);
    // T = 100: 50 satisfied; 150, 250 tolerating (<= 400); 450 frustrated.
    expect(result.apdex).toBe(0.5);
  });

  it('slaMetrics(times) filters Tukey outliers out of the percentiles but not out of compliance', () => {
    const times = [10, 11, 12, 13, 14, 1000];
    const result = slaMetrics(times, { target: 12 });
    // np.percentile(times, [25, 75]) = [11.25, 13.75]; fences 7.5 and 17.5.
    expect([result.q1, result.q3]).toEqual([11.25, 13.75]);
    expect([result.lowerBound, result.upperBound]).toEqual([7.5, 17.5]);
    expect(result.filteredOut).toBe(1);
    expect(result.percentiles.p50).toBe(12);
    expect(result.compliance).toBe(0.5);
    expect(slaMetrics(times, { iqrFactor: 1000 }).filteredOut).toBe(0);
  });

  it('slaMetrics(times, { bins }) histograms every non-NaN time', () => {
    const result = slaMetrics([1, 2, NaN, 3, 4], { bins: 3 });
    expect(Array.from(result.histogram.counts)).toEqual([1, 1, 2]);
    expect(result.histogram.edges).toHaveLength(4);
  });

  it.each([[[]], [[NaN, NaN]]])('slaMetrics(%j) returns NaN statistics rated no-data', (times) => {
    const result = slaMetrics(times);
    expect(result.count).toBe(0);
    expect(result.missing).toBe(times.length);
    expect(result.percentiles.p99).toBeNaN();
    expect(result.compliance).toBeNaN();
    expect(result.apdex).toBeNaN();
    expect(result.rating).toBe('no-data');
  });

  it('slaMetrics([100, Infinity]) throws a RangeError, as np.histogram does for a non-finite range', () => {
    expect(() => slaMetrics([100, Infinity])).toThrow(RangeError);
  });

  it('slaMetrics(times) does not modify its input', () => {
    const times = Float64Array.of(300, NaN, 100, 200);
    slaMetrics(times);
    expect(Array.from(times)).toEqual([300, NaN, 100, 200]);
  });
});
