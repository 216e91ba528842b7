import { describe, expect, it } from 'vitest';
import { analyzeServerHealth } from '../../../src/analysis/analyzeServerHealth';
import { analyzeTraffic } from '../../../src/analysis/analyzeTraffic';
import { correlate } from '../../../src/analysis/correlate';
import { detectTrend } from '../../../src/analysis/detectTrend';
import { rollingPercentiles } from '../../../src/analysis/rollingPercentiles';
import { weightedAggregate } from '../../../src/analysis/weightedAggregate';
import { dataCentresView } from '../../../src/analysis/views/dataCentresView';
import { farmView } from '../../../src/analysis/views/farmView';
import { percentileBandsView } from '../../../src/analysis/views/percentileBandsView';
import { DISPLAY_POINTS } from '../../../src/analysis/views/seriesView';
import { trafficView } from '../../../src/analysis/views/trafficView';
import { trendsView } from '../../../src/analysis/views/trendsView';
import { simulateDemo } from '../../../src/io/simulateDemo';
import { ndarray } from '../../../src/kernel';
import { DEVIANT, deviantFarm, MEMORY_HIGH } from './deviantFarm';

const demo = simulateDemo(9, 'small');
const { bytesIn, bytesOut, packetsIn, packetsOut } = demo.traffic;
const counters = { bytesIn, bytesOut, packetsIn, packetsOut };

describe('percentileBandsView', () => {
  it('equals rollingPercentiles with every window on a short series', () => {
    const values = demo.metrics.series.latencyP99Ms.slice(0, 500);
    const view = percentileBandsView({ name: 'p99', unit: 'ms', values }, { window: 60 });
    expect(view.step).toBe(1);
    expect(view.bands).toEqual(rollingPercentiles(values, { window: 60 }).bands);
    expect(view.x[0]).toBe(59);
  });

  it('steps through a long series so that at most DISPLAY_POINTS windows are drawn', () => {
    const values = Float64Array.from({ length: 100_000 }, (_, i) => i % 100);
    const timeMs = Float64Array.from({ length: 100_000 }, (_, i) => i * 1000);
    const view = percentileBandsView({ name: 'x', unit: 'ms', values, timeMs }, { window: 50 });
    expect(view.x.length).toBeLessThanOrEqual(DISPLAY_POINTS);
    expect(view.step).toBe(Math.ceil((100_000 - 49) / DISPLAY_POINTS));
    expect(view.xKind).toBe('time');
    expect(view.x[1] - view.x[0]).toBe(view.step * 1000);
  });
});

describe('trafficView', () => {
  it('carries analyzeTraffic figures, spikes as points and the mean packet size', () => {
    const direct = analyzeTraffic(counters);
    const view = trafficView({ counters, samplingSeconds: 60, timeMs: null, note: 'demo' });
    expect(view.stats.p95Mbps).toBe(direct.p95Mbps);
    expect(view.stats.spikeCount).toBe(direct.spikeIndices.length);
    expect(view.spikes.x).toEqual(Float64Array.from(direct.spikeIndices));
    expect(view.note).toBe('demo');
    expect(view.stats.meanPacketBytes).toBeGreaterThan(500);
    expect(view.stats.meanPacketBytes).toBeLessThan(1400);
    expect(view.hourlyMbps?.length).toBe(24);
  });
});

describe('farmView', () => {
  const farmOfDemo = {
    farm: demo.farm.farm,
    hosts: demo.farm.names,
    metrics: [
      { key: 'cpu', metric: 'cpu', unit: '%' },
      { key: 'memory', metric: 'memory', unit: '%' },
      { key: 'diskIo', metric: 'diskIo', unit: 'MB/s' },
    ],
    timeMs: null,
    grid: null,
    alignment: 'shared',
  };

  it('is the seed’s health report on a cpu/memory/disk farm, heatmap rows worst first', () => {
    const view = farmView(farmOfDemo, { metric: 'memory' });
    const health = analyzeServerHealth(demo.farm.farm, demo.farm.names);
    expect(view.health).toEqual(health);
    expect(view.order).toEqual(health.ranking.map((s) => s.name));
    expect(view.metricName).toBe('memory');
    expect(view.cpuMetric).toBe('cpu');
    expect(view.memoryMetric).toBe('memory');
    expect(view.time).toBeNull();
    const worst = health.ranking[0].index;
    let sum = 0;
    for (let t = 0; t < 24; t++) sum += demo.farm.farm.data[(worst * 24 + t) * 3 + 1];
    expect(view.heatmap.values.slice(0, 24).reduce((a, b) => a + b) / 24).toBeCloseTo(sum / 24, 9);
  });

  it('scores a farm of other metrics on a stated common scale, with no CPU or memory flags', () => {
    // node_load1 (no unit): each server's mean as a percentage of the fleet's highest mean.
    const farm = {
      farm: ndarray(Float64Array.of(1, 1, 2, 2, 4, 4), [3, 2, 1]),
      hosts: ['a', 'b', 'c'],
      metrics: [{ key: 'node_load1', metric: 'node_load1', unit: '' }],
      timeMs: Float64Array.of(0, 60_000),
      grid: { startMs: 0, stepMs: 60_000 },
      alignment: 'shared',
    };
    const view = farmView(farm);
    expect(Array.from(view.health.score)).toEqual([25, 50, 100]);
    expect(view.order).toEqual(['c', 'b', 'a']);
    expect(view.cpuMetric).toBeNull();
    expect(view.health.highCpu).toEqual([]);
    expect(view.scoreRule).toContain('node_load1 as a percentage of the fleet');
  });

  it('gives the peer outliers of the metric drawn, over the window and threshold asked for', () => {
    const farm = deviantFarm();
    const hostsOf = (view: ReturnType<typeof farmView>) =>
      view.peers!.runs.map((r) => r.host).sort();
    const cpu = farmView(farm, { peerWindow: 5, peerThreshold: 3 });
    expect(hostsOf(cpu)).toEqual([`web-${DEVIANT}`]);
    expect(cpu.peers).toMatchObject({ window: 5, threshold: 3 });
    const memory = farmView(farm, { metric: 'memory', peerWindow: 5, peerThreshold: 3 });
    expect(hostsOf(memory)).toEqual(MEMORY_HIGH.map((s) => `web-${s}`));
    // By default as the panel opens: over 10 steps, beyond 3 σ.
    expect(farmView(farm).peers).toMatchObject({ window: 10, threshold: 3 });
    expect(farmView(farm, { peerThreshold: 100 }).peers?.runs).toEqual([]);
  });

  it('has no peer comparison on a farm of two servers', () => {
    const farm = { ...deviantFarm(), farm: ndarray(new Float64Array(2 * 120 * 2), [2, 120, 2]) };
    expect(farmView({ ...farm, hosts: ['a', 'b'] }).peers).toBeNull();
  });
});

describe('trendsView', () => {
  it('gives detectTrend of each series against its timestamps and their correlation', () => {
    const { timeMs, series } = demo.metrics;
    const named = [
      { name: 'cpu', unit: '%', values: series.cpuPercent, timeMs },
      { name: 'mem', unit: '%', values: series.memoryPercent, timeMs },
    ];
    const view = trendsView(named);
    expect(view.trends[1].trend).toEqual(detectTrend(series.memoryPercent, { timestamps: timeMs }));
    expect(view.trends[1].trend.direction).toBe('up');
    expect(view.correlation).toEqual(
      correlate({ cpu: series.cpuPercent, mem: series.memoryPercent }),
    );
  });

  it('correlates series of different time ranges on the timestamps they share, never by index', () => {
    const a = {
      name: 'a',
      unit: '',
      values: Float64Array.of(1, 2, 3, 4),
      timeMs: Float64Array.of(0, 1, 2, 3),
    };
    const b = {
      name: 'b',
      unit: '',
      values: Float64Array.of(9, 2, 4, 6),
      timeMs: Float64Array.of(-1, 1, 2, 3),
    };
    const view = trendsView([a, b]);
    // Shared timestamps 1, 2, 3: a = [2, 3, 4], b = [2, 4, 6], perfectly correlated; by index r < 1.
    expect(view.correlation?.matrix[1]).toBeCloseTo(1, 12);
    expect(view.correlationNote).toBe(
      'Correlation over 3 timestamps all series share (exact join).',
    );
  });

  it('gives no correlation for a single series, and says so', () => {
    const view = trendsView([{ name: 'a', unit: '', values: Float64Array.of(1, 2, 3) }]);
    expect(view.correlation).toBeNull();
    expect(view.correlationNote).toBe('Correlation needs at least two series.');
  });
});

describe('dataCentresView', () => {
  it('is the weighted aggregate alongside the readings it weighed', () => {
    const source = { label: 'dc', weightMetric: 'requests', units: { cpu: '%' }, note: 'n' };
    const view = dataCentresView(demo.dataCentres, source);
    expect(view).toMatchObject(source);
    expect(view.aggregate).toEqual(weightedAggregate(demo.dataCentres));
    expect(view.dataCentres).toBe(demo.dataCentres);
  });
});
