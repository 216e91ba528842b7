import { describe, expect, it } from 'vitest';
import { isCpuMetric, isMemoryMetric } from '../../../src/analysis/fleet/metricRoles';
import { nodeExporterPercents } from '../../../src/analysis/fleet/nodeExporterPercents';
import { isDerived } from '../../../src/model/labels';
import { metricSeries } from './fleetData';

/** Four scrapes 10 s apart: a counter's increase of 5 s between them is a rate of 0.5 s/s. */
const timeMs = Float64Array.of(0, 10_000, 20_000, 30_000);

/** A counter from 100 s growing by `increases` at each later scrape. */
const counter = (increases: number[]) => increases.reduce((c, d) => [...c, c.at(-1)! + d], [100]);

/** One host's node_cpu_seconds_total: `modes` per core, each the counter's increases per step. */
const cpuSeconds = (instance: string, cores: Record<string, number[]>[], axis = timeMs) =>
  cores.flatMap((modes, cpu) =>
    Object.entries(modes).map(([mode, increases]) =>
      metricSeries(
        'node_cpu_seconds_total',
        { cpu: String(cpu), instance, job: 'node', mode },
        counter(increases),
        { timeMs: axis, unit: 's' },
      ),
    ),
  );

const GiB = 2 ** 30;

/** One host's meminfo gauges in bytes, by part (MemTotal, MemAvailable, MemFree, Buffers, Cached). */
const meminfo = (instance: string, parts: Record<string, number[]>) =>
  Object.entries(parts).map(([part, bytes]) =>
    metricSeries(`node_memory_${part}_bytes`, { instance, job: 'node' }, bytes, {
      timeMs,
      unit: 'B',
    }),
  );

/**
 * Two hosts, two cores each. a: core 0 idle 0.5, user 0.25, system 0.25 s/s; core 1 idle 0.25,
 * user 0.5, system 0.25 s/s: 0.75 of 2 CPU-seconds per second idle, 62.5 % busy. b: both cores
 * 0.75 s/s idle (25 % busy) for two steps, then core 0 busy and core 1 idle (50 %).
 */
const CPU = [
  ...cpuSeconds('a:9100', [
    { idle: [5, 5, 5], user: [2.5, 2.5, 2.5], system: [2.5, 2.5, 2.5] },
    { idle: [2.5, 2.5, 2.5], user: [5, 5, 5], system: [2.5, 2.5, 2.5] },
  ]),
  ...cpuSeconds('b:9100', [
    { idle: [7.5, 7.5, 0], user: [1.25, 1.25, 5], system: [1.25, 1.25, 5] },
    { idle: [7.5, 7.5, 10], user: [2.5, 2.5, 0], system: [0, 0, 0] },
  ]),
];

describe('nodeExporterPercents', () => {
  it('gives each host’s CPU busy % as 100 × (1 − Σ idle rate / Σ every mode’s rate) over its cores', () => {
    const { cpu } = nodeExporterPercents(CPU);
    expect(cpu.map((s) => s.name)).toEqual([
      'node_cpu_busy_percent{instance="a:9100",job="node"}',
      'node_cpu_busy_percent{instance="b:9100",job="node"}',
    ]);
    expect(Array.from(cpu[0].values)).toEqual([NaN, 62.5, 62.5, 62.5]);
    expect(Array.from(cpu[1].values)).toEqual([NaN, 25, 25, 50]);
    expect(cpu[0]).toMatchObject({
      metric: 'node_cpu_busy_percent',
      labels: { instance: 'a:9100', job: 'node', derived: 'percent' },
      unit: '%',
    });
    // Series of one scrape share their time axis, and the percentage keeps it.
    expect(cpu[0].timeMs).toBe(timeMs);
  });

  it('gives each host’s memory used % as 100 × (1 − MemAvailable / MemTotal), else with MemFree + Buffers + Cached', () => {
    const { memory } = nodeExporterPercents([
      // MemAvailable wins over the older estimate, which here would say 100 % free.
      ...meminfo('a:9100', {
        MemTotal: [8 * GiB, 8 * GiB, 8 * GiB, 8 * GiB],
        MemAvailable: [2 * GiB, 4 * GiB, 6 * GiB, 8 * GiB],
        MemFree: [8 * GiB, 8 * GiB, 8 * GiB, 8 * GiB],
        Buffers: [0, 0, 0, 0],
        Cached: [0, 0, 0, 0],
      }),
      // Linux before 3.14: no MemAvailable. 1 + 0.5 + 0.5 GiB of 4 GiB unused.
      ...meminfo('b:9100', {
        MemTotal: [4 * GiB, 4 * GiB, 4 * GiB, 4 * GiB],
        MemFree: [GiB, GiB, GiB, GiB],
        Buffers: [GiB / 2, GiB / 2, GiB / 2, GiB / 2],
        Cached: [GiB / 2, GiB / 2, GiB / 2, 2.5 * GiB],
      }),
    ]);
    expect(memory.map((s) => s.name)).toEqual([
      'node_memory_used_percent{instance="a:9100",job="node"}',
      'node_memory_used_percent{instance="b:9100",job="node"}',
    ]);
    expect(Array.from(memory[0].values)).toEqual([75, 50, 25, 0]);
    expect(Array.from(memory[1].values)).toEqual([50, 50, 50, 0]);
    expect(memory[1]).toMatchObject({
      metric: 'node_memory_used_percent',
      labels: { instance: 'b:9100', job: 'node', derived: 'percent' },
      unit: '%',
    });
  });

  it('names its percentages as the farm’s CPU % and memory % metrics, derived (never summed)', () => {
    const { cpu, memory } = nodeExporterPercents([
      ...CPU,
      ...meminfo('a:9100', { MemTotal: [4, 4, 4, 4], MemAvailable: [1, 1, 1, 1] }),
    ]);
    expect([isCpuMetric(cpu[0]), isMemoryMetric(cpu[0])]).toEqual([true, false]);
    expect([isCpuMetric(memory[0]), isMemoryMetric(memory[0])]).toEqual([false, true]);
    expect(isDerived(cpu[0].labels) && isDerived(memory[0].labels)).toBe(true);
  });

  it('counts iowait as busy: only idle is idle', () => {
    const { cpu } = nodeExporterPercents(cpuSeconds('a', [{ idle: [5, 5, 5], iowait: [5, 5, 5] }]));
    expect(Array.from(cpu[0].values)).toEqual([NaN, 50, 50, 50]);
  });

  it('reads a counter reset as a restart from zero, as rate() does', () => {
    const { cpu } = nodeExporterPercents([
      metricSeries(
        'node_cpu_seconds_total',
        { instance: 'a', mode: 'idle' },
        [100, 105, 2.5, 7.5],
        {
          timeMs,
        },
      ),
      metricSeries(
        'node_cpu_seconds_total',
        { instance: 'a', mode: 'user' },
        [100, 105, 7.5, 22.5],
        {
          timeMs,
        },
      ),
    ]);
    // After the restart: idle 2.5 s of 10 s, then 5 s of 20 s (as differences: -102.5 of -200).
    expect(Array.from(cpu[0].values)).toEqual([NaN, 50, 75, 75]);
  });

  it('is NaN at a step where any of the host’s rates is NaN, or no CPU time passed', () => {
    const series = cpuSeconds('a', [
      { idle: [5, 5, 5], user: [5, 5, 5] },
      { idle: [5, 5, 5], user: [5, 5, 5] },
    ]);
    // Core 1's idle counter misses the third scrape; the fourth is rated over the 20 s gap.
    const values = Float64Array.from(series[2].values);
    values[2] = NaN;
    series[2] = { ...series[2], values };
    expect(Array.from(nodeExporterPercents(series).cpu[0].values)).toEqual([NaN, 50, NaN, 50]);
    const stopped = cpuSeconds('a', [{ idle: [5, 0, 5], user: [5, 0, 5] }]);
    expect(Array.from(nodeExporterPercents(stopped).cpu[0].values)).toEqual([NaN, 50, NaN, 50]);
  });

  it('aligns a host’s series on different time axes by the timestamps they share', () => {
    const { cpu } = nodeExporterPercents([
      ...cpuSeconds('a', [{ idle: [5, 5, 5] }]),
      ...cpuSeconds('a', [{ user: [5, 5] }], timeMs.subarray(0, 3)),
    ]);
    expect(Array.from(cpu[0].timeMs!)).toEqual([0, 10_000, 20_000]);
    expect(Array.from(cpu[0].values)).toEqual([NaN, 50, 50]);
  });

  it('derives memory used % from one scrape without timestamps; CPU busy % needs a timed counter', () => {
    const { cpu, memory } = nodeExporterPercents([
      metricSeries('node_cpu_seconds_total', { cpu: '0', mode: 'idle' }, [100, 105]),
      metricSeries('node_cpu_seconds_total', { cpu: '0', mode: 'user' }, [100, 105]),
      metricSeries('node_memory_MemTotal_bytes', {}, [4 * GiB]),
      metricSeries('node_memory_MemAvailable_bytes', {}, [GiB]),
    ]);
    expect(cpu).toEqual([]);
    expect(memory).toMatchObject([{ name: 'node_memory_used_percent', timeMs: undefined }]);
    expect(Array.from(memory[0].values)).toEqual([75]);
  });

  it('gives a host nothing without an idle mode, MemTotal, or MemAvailable or all its parts', () => {
    const { cpu, memory } = nodeExporterPercents([
      ...cpuSeconds('a', [{ user: [5, 5, 5], system: [5, 5, 5] }]),
      // One scrape of b: no rate yet.
      ...cpuSeconds('b', [{ idle: [], user: [] }], timeMs.subarray(0, 1)),
      ...meminfo('c', { MemAvailable: [1, 1, 1, 1] }),
      ...meminfo('d', { MemTotal: [4, 4, 4, 4], MemFree: [1, 1, 1, 1], Buffers: [1, 1, 1, 1] }),
      ...meminfo('e', { MemTotal: [0, 4, NaN, 4], MemAvailable: [1, 1, 1, NaN] }),
    ]);
    expect(cpu).toEqual([]);
    // Only e, and only where MemTotal is positive and both are there.
    expect(memory.map((s) => s.labels.instance)).toEqual(['e']);
    expect(Array.from(memory[0].values)).toEqual([NaN, 75, NaN, NaN]);
  });

  it('does not change its input', () => {
    const before = CPU.map((s) => Array.from(s.values));
    nodeExporterPercents(CPU);
    expect(CPU.map((s) => Array.from(s.values))).toEqual(before);
  });
});
