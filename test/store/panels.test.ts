import { describe, expect, it } from 'vitest';
import {
  availablePanels,
  defaultCapacity,
  defaultParams,
  fitWindow,
  PANELS,
  windowRange,
} from '../../src/store/panels';
import type { Catalogue } from '../../src/worker/workspace';

const series = (name: string, timed = true) => ({
  name,
  length: 100,
  unit: '%',
  timed,
  missing: 0,
});

const demo: Catalogue = {
  label: 'demo',
  series: [
    series('cpu % (seed hour)', false),
    series('cpu %'),
    series('memory %'),
    series('latency p99 (ms)'),
    series('response time (ms)', false),
    series('storage used (GB)', false),
    series('SLA latency (ms)', false),
  ],
  farm: { servers: 10, steps: 24, metricNames: ['cpu', 'memory', 'diskIo'] },
  trafficSamples: 1440,
  loadBalancerServers: 8,
  dataCentres: 4,
};

const bare: Catalogue = {
  label: 'file.csv',
  series: [series('value')],
  trafficSamples: 0,
  loadBalancerServers: 0,
  dataCentres: 0,
};

describe('defaultParams', () => {
  it('picks the demo series that make each panel meaningful, with the seed defaults', () => {
    const params = defaultParams(demo);
    expect(params.overview).toEqual({ series: 'cpu % (seed hour)', highLoad: 80 });
    expect(params.anomalies.series).toBe('response time (ms)');
    expect(params.capacity).toMatchObject({
      series: 'storage used (GB)',
      growthRate: 0.1,
      buffer: 0.2,
    });
    expect(params.sla).toEqual({ series: 'SLA latency (ms)', target: 200, apdexT: 200 });
    expect(params.trends.series).toEqual(['cpu %', 'memory %', 'latency p99 (ms)']);
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
    const cpu = {
      ...bare,
      series: [{ name: 'cpu', length: 10, unit: '%', timed: true, missing: 0 }],
    };
    expect(defaultParams(cpu).capacity.capacity).toBe(100);
    const storage = { ...bare, series: [{ ...cpu.series[0], unit: 'GB' }] };
    expect(defaultParams(storage).capacity.capacity).toBe(1000);
  });

  it('falls back to the first series when the preferred names are absent', () => {
    const params = defaultParams(bare);
    expect(params.overview.series).toBe('value');
    expect(params.anomalies.series).toBe('value');
    expect(params.trends.series).toEqual(['value']);
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
    const short: Catalogue = { ...bare, series: [{ ...series('value'), length: 20 }] };
    const params = defaultParams(short);
    expect(params.anomalies.window).toBe(20);
    expect(params.percentileBands.window).toBe(20);
  });
});

describe('availablePanels', () => {
  it('offers every panel for the demo, in page order', () => {
    expect(availablePanels(demo)).toEqual(PANELS);
  });

  it('leaves out the panels whose data a plain series file lacks', () => {
    expect(availablePanels(bare)).toEqual([
      'overview',
      'anomalies',
      'capacity',
      'percentileBands',
      'sla',
      'trends',
      'whereBench',
    ]);
  });
});
