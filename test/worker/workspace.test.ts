import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset, Series } from '../../src/io/dataset';
import { readMetrics } from '../../src/io/readMetrics';
import { seriesName } from '../../src/model/seriesName';
import { farmView } from '../../src/analysis/views/farmView';
import { demoDatasets } from '../../src/io/demoDatasets';
import { simulateDemo } from '../../src/io/simulateDemo';
import { dataCentreMetrics } from '../../src/analysis/fleet/dataCentreMetrics';
import { requestTotals } from '../../src/analysis/fleet/requestTotals';
import { trafficInputs } from '../../src/analysis/fleet/trafficInputs';
import { buildWorkspace, catalogue } from '../../src/worker/workspace';

/** The real exports beside the checkout (see test/io/realExports.test.ts). */
const REAL_EXPORTS = resolve(
  process.env.METRICSCOPE_SHARED ??
    resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared'),
  'datasets/real-exports',
);

const series = (
  name: string,
  values: number[],
  { unit = '', metric = name, labels = {} as Record<string, string> } = {},
): Series => ({ name, metric, labels, unit, values: Float64Array.from(values), missing: 0 });

describe('buildWorkspace', () => {
  it('keeps one file as it is: its series by name on its time axis, and no farm without hosts', () => {
    const dataset: Dataset = {
      timeMs: Float64Array.of(0, 60_000, 120_000),
      series: [series('cpu', [1, 1, 1]), series('mem', [1, 1, 1])],
    };
    const { workspace, notes } = buildWorkspace([{ name: 'x.csv', dataset }], 'x.csv');
    expect([...workspace.series.keys()]).toEqual(['cpu', 'mem']);
    expect(workspace.series.get('cpu')?.timeMs).toBe(dataset.timeMs);
    expect(workspace.farm).toHaveProperty('reason');
    expect(notes).toEqual([]);
  });

  it('gives a unitless series the unit its metric name implies', () => {
    const dataset: Dataset = { timeMs: null, series: [series('cpu_usage', [1, 2])] };
    const { workspace } = buildWorkspace([{ name: 'x.csv', dataset }], 'x');
    expect(workspace.series.get('cpu_usage')?.unit).toBe('%');
  });

  it('names series "file: name" only where two files share a name; each keeps its time axis', () => {
    const a: Dataset = {
      timeMs: Float64Array.of(0, 1),
      series: [series('value', [1, 2]), series('p99', [5, 6])],
    };
    const b: Dataset = { timeMs: null, series: [series('value', [3, 4, 5], { unit: '%' })] };
    const { workspace, notes } = buildWorkspace(
      [
        { name: 'ec2_cpu.csv', dataset: a },
        { name: 'rds.cpu.csv', dataset: b },
      ],
      'two',
    );
    expect(
      catalogue(workspace).series.map(({ name, length, timed, labels }) => ({
        name,
        length,
        timed,
        labels,
      })),
    ).toEqual([
      { name: 'ec2_cpu: value', length: 2, timed: true, labels: { file: 'ec2_cpu' } },
      { name: 'p99', length: 2, timed: true, labels: {} },
      { name: 'rds.cpu: value', length: 3, timed: false, labels: { file: 'rds.cpu' } },
    ]);
    expect(notes).toHaveLength(1);
  });

  it('keeps series names unique when a prefixed name is already taken', () => {
    const a: Dataset = { timeMs: null, series: [series('cpu', [1])] };
    const b: Dataset = { timeMs: null, series: [series('cpu', [2]), series('a: cpu', [3])] };
    const { workspace } = buildWorkspace(
      [
        { name: 'a.csv', dataset: a },
        { name: 'b.csv', dataset: b },
      ],
      'two',
    );
    expect([...workspace.series.keys()]).toEqual(['a: cpu', 'b: cpu', 'a: cpu (2)']);
  });

  it('builds the farm of one metric on many instances, and adds its fleet series', () => {
    const dataset: Dataset = {
      timeMs: Float64Array.of(0, 60_000),
      series: ['a', 'b', 'c'].map((instance, i) =>
        series(`node_load1{instance="${instance}"}`, [i, i + 1], {
          metric: 'node_load1',
          labels: { instance },
        }),
      ),
    };
    const { workspace } = buildWorkspace([{ name: 'q.json', dataset }], 'q');
    const listed = catalogue(workspace);
    expect(listed.farm).toEqual({
      servers: 3,
      steps: 2,
      metrics: [{ key: 'node_load1', unit: '' }],
    });
    expect(listed.series.map((s) => s.name)).toEqual([
      'node_load1{instance="a"}',
      'node_load1{instance="b"}',
      'node_load1{instance="c"}',
      'node_load1 (fleet mean)',
      'node_load1 (fleet max)',
      'node_load1 (fleet p95)',
    ]);
    expect(listed.picks.overview).toEqual(listed.series.slice(0, 3).map((s) => s.name));
  });

  it('lays out the demo: its farm, traffic, load balancer and data centres all from series', () => {
    const { workspace } = buildWorkspace(demoDatasets(simulateDemo(42, 'small')), 'demo');
    const listed = catalogue(workspace);
    expect(listed.farm).toEqual({
      servers: 10,
      steps: 24,
      metrics: [
        { key: 'cpu', unit: '%' },
        { key: 'memory', unit: '%' },
        { key: 'diskIo', unit: 'MB/s' },
      ],
    });
    expect(listed.picks).toMatchObject({
      anomalies: 'response time (ms)',
      capacity: 'storage used (GB)',
      sla: 'SLA latency (ms)',
    });
    // The demo's traffic, load balancer and data centres come from its series like a file's.
    const all = [...workspace.series.values()];
    expect(trafficInputs(all)).not.toHaveProperty('reason');
    expect(requestTotals(all)).toMatchObject({ metric: 'http_requests', names: expect.any(Array) });
    expect(dataCentreMetrics(all)).toMatchObject({ label: 'dc', weightMetric: 'requests' });
    // The farm's layout is computed once, with the seed's CPU and memory metrics.
    expect(workspace.farmLayout).toEqual({ cpu: 0, memory: 1, scales: [1, 1, 1] });
  });

  it('adds each timed counter’s rate, builds the farm of rates, and opens panels on rates', () => {
    const timeMs = Float64Array.of(0, 60_000, 120_000, 180_000);
    const dataset: Dataset = {
      timeMs,
      series: ['a', 'b'].map((host, h) =>
        series(
          `http_requests_total{host="${host}"}`,
          [0, 60, 120, 180].map((v) => v * (h + 1)),
          {
            metric: 'http_requests_total',
            labels: { host },
          },
        ),
      ),
    };
    const { workspace } = buildWorkspace([{ name: 'c.csv', dataset }], 'c');
    const rate = workspace.series.get('rate(http_requests_total{host="b"})');
    expect(Array.from(rate!.values)).toEqual([NaN, 2, 2, 2]);
    const listed = catalogue(workspace);
    expect(listed.farm).toMatchObject({
      metrics: [{ key: 'rate(http_requests_total)', unit: '/s' }],
    });
    expect(listed.picks.overview).toEqual([
      'rate(http_requests_total{host="a"})',
      'rate(http_requests_total{host="b"})',
    ]);
    expect(listed.picks.anomalies).toMatch(/^rate\(/);
  });

  it('derives node_exporter’s CPU busy % and memory used % per host, the farm’s CPU and memory metrics', () => {
    const timeMs = Float64Array.of(0, 10_000, 20_000);
    const labelled = (metric: string, labels: Record<string, string>, values: number[]) =>
      series(seriesName(metric, labels), values, { metric, labels });
    // Seconds per core and 10 s step in each mode: a idles half the time, b a quarter.
    const modes = [
      { instance: 'a:9100', perStep: { idle: 5, user: 2.5, system: 2.5 } },
      { instance: 'b:9100', perStep: { idle: 2.5, user: 2.5, system: 5 } },
    ];
    const cpu = modes.flatMap(({ instance, perStep }) =>
      ['0', '1'].flatMap((core) =>
        Object.entries(perStep).map(([mode, seconds]) =>
          labelled(
            'node_cpu_seconds_total',
            { cpu: core, instance, job: 'node', mode },
            [0, 1, 2].map((i) => 1000 + seconds * i),
          ),
        ),
      ),
    );
    const memory = ['a:9100', 'b:9100'].flatMap((instance, h) => [
      labelled('node_memory_MemTotal_bytes', { instance, job: 'node' }, [800, 800, 800]),
      labelled('node_memory_MemAvailable_bytes', { instance, job: 'node' }, [
        600,
        400,
        200 * (1 - h),
      ]),
    ]);
    const dataset: Dataset = { timeMs, series: [...cpu, ...memory] };
    const { workspace, notes } = buildWorkspace([{ name: 'node.json', dataset }], 'node');
    const busy = (instance: string) =>
      Array.from(
        workspace.series.get(`node_cpu_busy_percent{instance="${instance}",job="node"}`)!.values,
      );
    const used = (instance: string) =>
      Array.from(
        workspace.series.get(`node_memory_used_percent{instance="${instance}",job="node"}`)!.values,
      );
    expect(busy('a:9100')).toEqual([NaN, 50, 50]);
    expect(busy('b:9100')).toEqual([NaN, 75, 75]);
    expect(used('a:9100')).toEqual([25, 50, 75]);
    expect(used('b:9100')).toEqual([25, 50, 100]);
    expect(notes).toEqual([
      "Derived from node_exporter's series: CPU busy % (node_cpu_busy_percent) for 2 hosts, memory used % (node_memory_used_percent) for 2 hosts.",
    ]);
    // The percentages come first, and the 6 rates per host (cores x modes) stay out of the farm.
    const listed = catalogue(workspace);
    expect(listed.farm).toEqual({
      servers: 2,
      steps: 3,
      metrics: [
        { key: 'node_cpu_busy_percent{job="node"}', unit: '%' },
        { key: 'node_memory_used_percent{job="node"}', unit: '%' },
        { key: 'node_memory_MemTotal_bytes{job="node"}', unit: 'B' },
        { key: 'node_memory_MemAvailable_bytes{job="node"}', unit: 'B' },
      ],
    });
    expect(listed.series.filter((s) => s.metric === 'rate(node_cpu_seconds_total)')).toHaveLength(
      12,
    );
    expect(workspace.farmLayout).toMatchObject({ cpu: 0, memory: 1 });
    if ('reason' in workspace.farm) throw new Error(workspace.farm.reason);
    // So the Server farm panel has its High CPU and High memory cards.
    const view = farmView(workspace.farm, {}, workspace.farmLayout!);
    expect([view.cpuMetric, view.memoryMetric]).toEqual([
      'node_cpu_busy_percent{job="node"}',
      'node_memory_used_percent{job="node"}',
    ]);
    expect(listed.picks.overview).toEqual([
      'node_cpu_busy_percent{instance="a:9100",job="node"}',
      'node_cpu_busy_percent{instance="b:9100",job="node"}',
    ]);
  });

  it('derives memory used % from node_exporter’s own scrape; its one sample per counter gives no CPU rate', async () => {
    const text = readFileSync(resolve(REAL_EXPORTS, 'prom_text_node_exporter_e2e.txt'));
    const outcome = await readMetrics(new Blob([text]));
    if (!outcome.ok) throw new Error(outcome.reason);
    const { workspace, notes } = buildWorkspace(
      [{ name: 'e2e.txt', dataset: outcome.dataset }],
      'e2e',
    );
    // No MemAvailable in this scrape: 100 × (1 − (MemFree + Buffers + Cached) / MemTotal) =
    // 100 × (1 − (230883328 + 22568960 + 953229312) / 3831959552).
    expect(Array.from(workspace.series.get('node_memory_used_percent')!.values)).toEqual([
      68.51006427324627,
    ]);
    expect([...workspace.series.keys()].filter((name) => /busy_percent/.test(name))).toEqual([]);
    expect(notes).toEqual([
      "Derived from node_exporter's series: memory used % (node_memory_used_percent) for 1 host.",
    ]);
  });
});
