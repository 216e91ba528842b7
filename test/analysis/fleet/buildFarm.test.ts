import { describe, expect, it } from 'vitest';
import { buildFarm } from '../../../src/analysis/fleet/buildFarm';
import { fleetSeries } from '../../../src/analysis/fleet/fleetSeries';
import { metricSeries, minutes } from './fleetData';

const timeMs = minutes(3);

describe('buildFarm', () => {
  it('builds hosts x steps x metrics from one metric on several instances', () => {
    const farm = buildFarm([
      metricSeries('node_load1', { instance: 'a', job: 'node' }, [1, 2, 3], { timeMs }),
      metricSeries('node_load1', { instance: 'b', job: 'node' }, [4, 5, 6], { timeMs }),
      metricSeries('node_load1', { instance: 'c', job: 'node' }, [7, 8, 9], { timeMs }),
    ]);
    if ('reason' in farm) throw new Error(farm.reason);
    expect(farm.farm.shape).toEqual([3, 3, 1]);
    expect(farm.hosts).toEqual(['a', 'b', 'c']);
    expect(farm.metrics).toEqual([
      { key: 'node_load1{job="node"}', metric: 'node_load1', unit: '' },
    ]);
    expect(Array.from(farm.farm.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(farm.grid).toEqual({ startMs: 0, stepMs: 60_000 });
  });

  it('puts metrics by name, whatever order the series come in', () => {
    const farm = buildFarm([
      metricSeries('memory', { host: 'x' }, [50, 50], { timeMs: minutes(2) }),
      metricSeries('cpu', { host: 'x' }, [10, 10], { timeMs: minutes(2) }),
      metricSeries('cpu', { host: 'y' }, [20, 20], { timeMs: minutes(2) }),
      metricSeries('memory', { host: 'y' }, [60, 60], { timeMs: minutes(2) }),
    ]);
    if ('reason' in farm) throw new Error(farm.reason);
    expect(farm.metrics.map((m) => m.key)).toEqual(['memory', 'cpu']);
    // host y, step 0: [memory, cpu]
    expect(Array.from(farm.farm.data.subarray(4, 6))).toEqual([60, 20]);
  });

  it('aligns hosts on different time axes by their shared timestamps', () => {
    const farm = buildFarm([
      metricSeries('cpu', { host: 'x' }, [1, 2, 3], { timeMs: Float64Array.of(0, 60, 120) }),
      metricSeries('cpu', { host: 'y' }, [5, 6], { timeMs: Float64Array.of(60, 120) }),
    ]);
    if ('reason' in farm) throw new Error(farm.reason);
    expect(farm.farm.shape).toEqual([2, 2, 1]);
    expect(Array.from(farm.farm.data)).toEqual([2, 3, 5, 6]);
  });

  it('tells hosts of two files apart by their file label', () => {
    const farm = buildFarm([
      metricSeries('cpu', { host: 'n1', file: 'eu' }, [1, 2], { timeMs: minutes(2) }),
      metricSeries('cpu', { host: 'n1', file: 'us' }, [3, 4], { timeMs: minutes(2) }),
    ]);
    if ('reason' in farm) throw new Error(farm.reason);
    expect(farm.hosts).toEqual(['eu: n1', 'us: n1']);
  });

  it('says what it needs when no metric has two hosts', () => {
    const farm = buildFarm([
      metricSeries('cpu', {}, [1, 2]),
      metricSeries('mem', { host: 'a' }, [1, 2]),
    ]);
    expect(farm).toEqual({
      reason:
        'needs a metric that two or more hosts report (series with a host, instance, node or pod label)',
    });
  });
});

describe('fleetSeries', () => {
  it('gives the mean, max and p95 across hosts per step, ignoring NaN, as labelled extra series', () => {
    const farm = buildFarm([
      metricSeries('cpu', { host: 'a' }, [10, NaN], { unit: '%', timeMs: minutes(2) }),
      metricSeries('cpu', { host: 'b' }, [30, NaN], { unit: '%', timeMs: minutes(2) }),
    ]);
    if ('reason' in farm) throw new Error(farm.reason);
    const fleet = fleetSeries(farm);
    expect(fleet.map((s) => s.name)).toEqual([
      'cpu (fleet mean)',
      'cpu (fleet max)',
      'cpu (fleet p95)',
    ]);
    expect(fleet[0].labels).toEqual({ fleet: 'mean' });
    expect(fleet[0].unit).toBe('%');
    expect(Array.from(fleet[0].values)).toEqual([20, NaN]);
    expect(Array.from(fleet[1].values)).toEqual([30, NaN]);
    expect(fleet[2].values[0]).toBeCloseTo(29, 12); // np.percentile([10, 30], 95)
  });
});
