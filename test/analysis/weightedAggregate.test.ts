import { describe, expect, it } from 'vitest';
import { weightedAggregate, type DataCentreMetrics } from '../../src/analysis/weightedAggregate';
import raw from '../fixtures/analysis_exercises.json';
import { decode, expectNumpyClose } from '../helpers/fixtures';

const fx = decode(raw.weighted) as unknown as {
  names: string[];
  metrics: string[];
  values: number[][];
  traffic: number[];
  averages: number[];
  shares: number[];
  with_nan: number[][];
  averages_with_nan: number[];
  coverage_with_nan: number[];
};

/** The fixture's [data centre x metric] matrix as weightedAggregate's records. */
function records(values: number[][]): DataCentreMetrics[] {
  return fx.names.map((name, i) => ({
    name,
    traffic: fx.traffic[i],
    metrics: Object.fromEntries(fx.metrics.map((metric, m) => [metric, values[i][m]])),
  }));
}

describe('weightedAggregate', () => {
  it('weightedAggregate(four data centres) matches np.average(values, axis=0, weights=traffic)', () => {
    const result = weightedAggregate(records(fx.values));
    expect(result.metricNames).toEqual(fx.metrics);
    expect(result.dataCentres).toEqual(fx.names);
    expectNumpyClose(result.averages, fx.averages);
    expectNumpyClose(result.weightShares, fx.shares);
    expect(Array.from(result.coverage)).toEqual([1, 1, 1]);
    expect(result.totalTraffic).toBe(116000);
  });

  it('weightedAggregate(readings with NaN) matches np.ma.average over the reporting centres', () => {
    const result = weightedAggregate(records(fx.with_nan));
    expectNumpyClose(result.averages, fx.averages_with_nan);
    expectNumpyClose(result.coverage, fx.coverage_with_nan);
    expectNumpyClose(result.weightShares, fx.shares);
  });

  it('weightedAggregate treats an absent metric like a NaN reading and keeps first-seen order', () => {
    const result = weightedAggregate([
      { name: 'a', traffic: 3, metrics: { cpu: 10 } },
      { name: 'b', traffic: 1, metrics: { cpu: 50, latencyMs: 80 } },
    ]);
    expect(result.metricNames).toEqual(['cpu', 'latencyMs']);
    expect(Array.from(result.averages)).toEqual([20, 80]);
    expect(Array.from(result.coverage)).toEqual([1, 0.25]);
    expect(Array.from(result.weightShares)).toEqual([0.75, 0.25]);
  });

  it('weightedAggregate returns NaN for a metric only zero-traffic centres report', () => {
    const result = weightedAggregate([
      { name: 'a', traffic: 0, metrics: { cpu: 10 } },
      { name: 'b', traffic: 2, metrics: { cpu: NaN } },
    ]);
    expect(result.averages[0]).toBeNaN();
    expect(result.coverage[0]).toBe(0);
  });

  it.each([
    ['no data centres', []],
    ['zero traffic', [{ name: 'a', traffic: 0, metrics: { cpu: 1 } }]],
    [
      'traffic cancelling to zero',
      [
        { name: 'a', traffic: 2, metrics: { cpu: 1 } },
        { name: 'b', traffic: -2, metrics: { cpu: 3 } },
      ],
    ],
  ])(
    'weightedAggregate(%s) throws a RangeError, as np.average raises ZeroDivisionError',
    (_, dcs) => {
      expect(() => weightedAggregate(dcs)).toThrow(RangeError);
      expect(() => weightedAggregate(dcs)).toThrow(/traffic/);
    },
  );
});
