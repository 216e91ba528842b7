import { seriesName } from '../../model/seriesName';
import { alignSeries } from '../align/alignSeries';
import { counterRate } from '../rates/counterRate';
import type { MetricSeries } from '../views/NamedSeries';

/** node_exporter's CPU time counter: seconds each core (label `cpu`) spent in each `mode`. */
export const NODE_CPU_SECONDS = 'node_cpu_seconds_total';

/** The metric of the derived CPU busy %; `_percent` and `cpu` make it a CPU % (see isCpuMetric). */
export const CPU_BUSY_METRIC = 'node_cpu_busy_percent';

/** The metric of the derived memory used %; `_percent` and `mem` make it a memory % metric. */
export const MEMORY_USED_METRIC = 'node_memory_used_percent';

/** node_exporter's /proc/meminfo gauges that memory used % is computed from. */
const MEMINFO = {
  total: 'node_memory_MemTotal_bytes',
  available: 'node_memory_MemAvailable_bytes',
  free: 'node_memory_MemFree_bytes',
  buffers: 'node_memory_Buffers_bytes',
  cached: 'node_memory_Cached_bytes',
} as const;

const MEMINFO_METRICS: ReadonlySet<string> = new Set(Object.values(MEMINFO));

/** Per-host percentages derived from node_exporter's series, one series per host. */
export interface NodeExporterPercents {
  /** `node_cpu_busy_percent{...}` per host with node_cpu_seconds_total counters. */
  readonly cpu: MetricSeries[];
  /** `node_memory_used_percent{...}` per host with MemTotal and MemAvailable (or its parts). */
  readonly memory: MetricSeries[];
}

type Timed = MetricSeries & { timeMs: Float64Array };

/**
 * `series` grouped by their labels without `omit` (PromQL's `without (...)`), each group keyed
 * and named by those labels, groups in order of first appearance.
 */
function groupWithout<T extends MetricSeries>(
  series: readonly T[],
  omit: readonly string[],
): { labels: Record<string, string>; members: T[] }[] {
  const groups = new Map<string, { labels: Record<string, string>; members: T[] }>();
  for (const s of series) {
    const labels = Object.fromEntries(Object.entries(s.labels).filter(([k]) => !omit.includes(k)));
    const key = seriesName('', labels);
    const group = groups.get(key) ?? { labels, members: [] };
    groups.set(key, group);
    group.members.push(s);
  }
  return [...groups.values()];
}

/** A derived percentage series of one host, labelled `derived` so that nothing sums it again. */
function percentSeries(
  metric: string,
  labels: Record<string, string>,
  values: Float64Array,
  timeMs: Float64Array | null,
): MetricSeries {
  return {
    name: seriesName(metric, labels),
    metric,
    labels: { ...labels, derived: 'percent' },
    unit: '%',
    values,
    timeMs: timeMs ?? undefined,
  };
}

/** One host's CPU busy % from its core x mode counters, or null without an idle mode or overlap. */
function cpuBusy(members: readonly Timed[], labels: Record<string, string>): MetricSeries | null {
  const idle = members.map((s) => s.labels.mode === 'idle');
  if (!idle.includes(true)) return null;
  const aligned = alignSeries(members.map(counterRate));
  if ('reason' in aligned) return null;
  const rates = aligned.values;
  const values = new Float64Array(rates[0].length);
  for (let t = 0; t < values.length; t++) {
    let idleRate = 0;
    let allRate = 0;
    for (let k = 0; k < rates.length; k++) {
      allRate += rates[k][t];
      if (idle[k]) idleRate += rates[k][t];
    }
    values[t] = 100 * (1 - idleRate / allRate);
  }
  return percentSeries(CPU_BUSY_METRIC, labels, values, aligned.timeMs);
}

/** One host's memory used % from its meminfo gauges, or null without the gauges or overlap. */
function memoryUsed(
  members: readonly MetricSeries[],
  labels: Record<string, string>,
): MetricSeries | null {
  const part = (p: keyof typeof MEMINFO) => members.find((s) => s.metric === MEMINFO[p]);
  const total = part('total');
  const available = part('available');
  const [free, buffers, cached] = [part('free'), part('buffers'), part('cached')];
  // Linux before 3.14 has no MemAvailable; free + buffers + cached is what it estimates.
  const parts = available ? [available] : free && buffers && cached ? [free, buffers, cached] : [];
  if (total === undefined || parts.length === 0) return null;
  const aligned = alignSeries([total, ...parts]);
  if ('reason' in aligned) return null;
  const [totalBytes, ...availableBytes] = aligned.values;
  const values = new Float64Array(totalBytes.length);
  for (let t = 0; t < values.length; t++) {
    let unused = 0;
    for (const bytes of availableBytes) unused += bytes[t];
    values[t] = totalBytes[t] > 0 ? 100 * (1 - unused / totalBytes[t]) : NaN;
  }
  return percentSeries(MEMORY_USED_METRIC, labels, values, aligned.timeMs);
}

/**
 * CPU busy % and memory used % per host from node_exporter's series, as its dashboards compute them.
 * CPU: 100 × (1 − Σ rate(idle) / Σ rate(every mode)) over the host's cores at each step (counterRate
 * of each timed node_cpu_seconds_total, aligned by alignSeries; the first step is NaN): PromQL's
 * `100 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) * 100`, dividing by the
 * modes' own sum instead of assuming 1 s/s per core. Only idle is idle: iowait is busy, as in
 * node-exporter-full's "CPU Busy". Memory: 100 × (1 − MemAvailable / MemTotal), MemFree + Buffers +
 * Cached in place of MemAvailable where it is missing; timed or not (one scrape gives one value).
 * A host is the labels besides `cpu` and `mode`. A NaN input, no CPU time passed or MemTotal ≤ 0
 * is NaN at that step; a host without an idle mode, MemTotal or what is available, or whose series
 * do not overlap in time, gets no series.
 * @example
 * // one core of host a: idle 0 -> 30 -> 60 s, user 0 -> 30 -> 60 s over 60 s steps
 * nodeExporterPercents(series).cpu[0] // { name: 'node_cpu_busy_percent{instance="a"}', values: [NaN, 50, 50], unit: '%' }
 */
export function nodeExporterPercents(series: readonly MetricSeries[]): NodeExporterPercents {
  const cpuCounters = series.filter(
    (s): s is Timed =>
      s.metric === NODE_CPU_SECONDS &&
      s.timeMs !== undefined &&
      s.values.length >= 2 &&
      s.labels.mode !== undefined,
  );
  const meminfo = series.filter((s) => MEMINFO_METRICS.has(s.metric));
  return {
    cpu: groupWithout(cpuCounters, ['cpu', 'mode'])
      .map(({ labels, members }) => cpuBusy(members, labels))
      .filter((s) => s !== null),
    memory: groupWithout(meminfo, [])
      .map(({ labels, members }) => memoryUsed(members, labels))
      .filter((s) => s !== null),
  };
}
