import { describe, expect, it } from 'vitest';
import {
  simulateCpuHour,
  simulateDataCentres,
  simulateFarm,
  simulateLoadBalancer,
  simulateMetricSeries,
  simulateResponseTimes,
  simulateSlaMix,
  simulateStorageGrowth,
  simulateTraffic,
} from '../../src/io/simulate';
import { DEMO_SIZES, simulateDemo } from '../../src/io/simulateDemo';

describe('simulateDemo(seed, size)', () => {
  const small = simulateDemo(21, 'small');

  it.each([
    ['cpuHour', simulateCpuHour(21)],
    ['farm', simulateFarm(21)],
    ['responseTimes', simulateResponseTimes(21)],
    ['storage', simulateStorageGrowth(21)],
    ['traffic', simulateTraffic(21)],
    ['loadBalancer', simulateLoadBalancer(21)],
    ['slaMix', simulateSlaMix(21)],
    ['metrics', simulateMetricSeries(21)],
    ['dataCentres', simulateDataCentres(21)],
  ] as const)("'small' .%s is the scenario at its defaults, same seed", (key, expected) => {
    expect(small[key]).toEqual(expected);
  });

  it('returns identical data for the same seed and different data for another', () => {
    expect(simulateDemo(21, 'small')).toEqual(small);
    expect(simulateDemo(22, 'small').metrics).not.toEqual(small.metrics);
  });

  it("'medium' has the sizes DEMO_SIZES.medium lists", () => {
    const demo = simulateDemo(23, 'medium');
    const sizes = DEMO_SIZES.medium;
    expect(demo.farm.farm.shape).toEqual([100, 1440, 3]);
    expect(demo.responseTimes.latencyMs).toHaveLength(sizes.responseTimes.n);
    expect(demo.storage.usedGb).toHaveLength(sizes.storage.days);
    expect(demo.traffic.bytesIn).toHaveLength(sizes.traffic.minutes);
    expect(demo.loadBalancer.requests).toHaveLength(sizes.loadBalancer.servers);
    expect(demo.slaMix.latencyMs).toHaveLength(sizes.slaMix.n);
    expect(demo.metrics.timeMs).toHaveLength(sizes.metrics.minutes);
    expect(demo.dataCentres).toHaveLength(sizes.dataCentres.count);
  });

  it("'large' holds a 1000 x 1440 x 3 farm and 1e6-point series on one time column", () => {
    const demo = simulateDemo(24, 'large');
    expect(demo.farm.farm.shape).toEqual([1000, 1440, 3]);
    expect(demo.metrics.timeMs).toHaveLength(1_000_000);
    for (const values of Object.values(demo.metrics.series)) expect(values).toHaveLength(1_000_000);
    expect(demo.responseTimes.latencyMs).toHaveLength(1_000_000);
  });
});
