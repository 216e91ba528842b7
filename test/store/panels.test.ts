import { describe, expect, it } from 'vitest';
import { defaultPicks } from '../../src/analysis/fleet/defaultPicks';
import {
  ADAPTIVE_MIN_POINTS,
  defaultCapacity,
  defaultParams,
  fitWindow,
  windowRange,
} from '../../src/store/panels';
import type { Catalogue } from '../../src/worker/workspace';

const series = (name: string, unit = '%', length = 100) => ({
  name,
  metric: name,
  labels: {},
  length,
  unit,
  timed: true,
  missing: 0,
});

/** A catalogue of `entries`, with the picks the worker would make for it. */
function catalogueOf(entries: ReturnType<typeof series>[]): Catalogue {
  return {
    label: 'file.csv',
    series: entries,
    farm: { reason: 'no hosts' },
    groups: [],
    picks: defaultPicks(entries),
  };
}

describe('defaultParams', () => {
  it('opens each panel on the worker’s pick for it, with the seed defaults', () => {
    const catalogue = catalogueOf([series('latency', 'ms'), series('storage used (GB)', 'GB')]);
    const params = defaultParams(catalogue);
    expect(params.overview).toEqual({ series: catalogue.picks.overview, top: 10, rank: 'mean' });
    // 100 points are too few for the adaptive detector's warm-up: the seed's z-score and window.
    expect(params.anomalies).toEqual({
      series: 'latency',
      detector: 'zscore',
      window: 30,
      threshold: 3.5,
      timeZone: 'UTC',
    });
    expect(defaultParams(catalogue, 'Europe/Paris').anomalies.timeZone).toBe('Europe/Paris');
    // A longer series opens on the detector that scores best on NAB, with its window.
    const long = catalogueOf([series('latency', 'ms', ADAPTIVE_MIN_POINTS)]);
    expect(defaultParams(long).anomalies).toMatchObject({ detector: 'adaptive', window: 60 });
    expect(params.capacity).toMatchObject({
      series: 'storage used (GB)',
      growthRate: 0.1,
      buffer: 0.2,
      capacity: 1000,
      method: 'linear',
    });
    expect(params.sla).toEqual({ series: 'latency', target: 200, apdexT: 200 });
    expect(params.farm).toEqual({
      metric: undefined,
      cpuHigh: 75,
      memHigh: 85,
      peerWindow: 10,
      peerThreshold: 3,
    });
    expect(params.whereBench.n).toBe(1_000_000);
  });

  it.each([
    ['%', 100],
    ['GB', 1000],
    ['', 1000],
  ])('defaultCapacity(%j) is %i', (unit, capacity) => {
    expect(defaultCapacity(unit)).toBe(capacity);
  });

  it('plans a percentage series against 100', () => {
    expect(defaultParams(catalogueOf([series('cpu', '%', 10)])).capacity.capacity).toBe(100);
  });

  it('opens the farm on its first metric', () => {
    const catalogue = {
      ...catalogueOf([series('cpu')]),
      farm: { servers: 2, steps: 3, metrics: [{ key: 'cpu', unit: '%' }] },
    };
    expect(defaultParams(catalogue).farm.metric).toBe('cpu');
  });
});

describe('windowRange and fitWindow', () => {
  it.each([
    ['anomalies', 1000, { min: 3, max: 200 }],
    ['anomalies', 60, { min: 3, max: 60 }],
    ['anomalies', 2, { min: 2, max: 2 }],
    ['percentileBands', 4, { min: 4, max: 4 }],
    ['percentileBands', 0, { min: 1, max: 1 }],
  ] as const)('windowRange(%s, %i) is %o', (panel, length, range) => {
    expect(windowRange(panel, length)).toEqual(range);
  });

  it('fitWindow moves a window into the range for the series length', () => {
    expect(fitWindow('anomalies', 30, 1000)).toBe(30);
    expect(fitWindow('anomalies', 30, 20)).toBe(20);
    expect(fitWindow('percentileBands', 2, 1000)).toBe(5);
  });

  it('defaultParams never opens with a window longer than its series', () => {
    const params = defaultParams(catalogueOf([series('value', '', 20)]));
    expect(params.anomalies.window).toBe(20);
    expect(params.percentileBands.window).toBe(20);
  });
});
