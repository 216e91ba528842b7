import { ndarray, type NDArray } from '../../kernel';
import { firstLabel, HOST_LABELS } from '../../model/labels';
import { seriesName } from '../../model/seriesName';
import { alignSeries } from '../align/alignSeries';
import type { MetricSeries } from '../views/NamedSeries';

/** One metric along the farm's third axis. */
export interface FarmMetric {
  /** The series' name without its host label: `cpu`, `node_load1{job="node"}`. */
  readonly key: string;
  /** The metric name it is a series of. */
  readonly metric: string;
  readonly unit: string;
}

/** Hosts x time x metrics built from the series many hosts share. */
export interface Farm {
  /** Shape [hosts, steps, metrics]; NaN where a host has no sample of a metric at a step. */
  readonly farm: NDArray;
  readonly hosts: string[];
  readonly metrics: FarmMetric[];
  /** The common time axis (epoch ms), or null when the series are aligned by sample index. */
  readonly timeMs: Float64Array | null;
  /** The regular grid timeMs follows, or null when its steps are not all equal. */
  readonly grid: { readonly startMs: number; readonly stepMs: number } | null;
  /** How the hosts' series were put on one time axis (see alignSeries). */
  readonly alignment: string;
}

/** The host a series is from: its first host label, prefixed with its file's name when it has one. */
function hostOf(series: MetricSeries): { key: string; host: string } | null {
  const key = firstLabel(series.labels, HOST_LABELS);
  if (key === undefined) return null;
  const file = series.labels.file;
  const host = series.labels[key];
  return { key, host: file ? `${file}: ${host}` : host };
}

/** Equal steps: the grid timeMs is on, else null. */
function regularGrid(timeMs: Float64Array | null): Farm['grid'] {
  if (timeMs === null || timeMs.length < 2) return null;
  const stepMs = timeMs[1] - timeMs[0];
  for (let i = 2; i < timeMs.length; i++) if (timeMs[i] - timeMs[i - 1] !== stepMs) return null;
  return { startMs: timeMs[0], stepMs };
}

/**
 * The server farm of `series`: every metric (a series name without its host label, see
 * FarmMetric) that two or more hosts report with at least 2 samples, hosts in order of first
 * appearance, metrics likewise, on one time axis (alignSeries over all of their series). Hosts are
 * named by their first host label (host, instance, hostname, server, machine, node, pod; see
 * HOST_LABELS), prefixed "<file>: " when a `file` label tells two files' hosts apart.
 * @returns { reason } when no metric has two hosts, or their series cannot be aligned.
 */
export function buildFarm(series: readonly MetricSeries[]): Farm | { reason: string } {
  const byKey = new Map<string, { metric: FarmMetric; hosts: Map<string, MetricSeries> }>();
  for (const s of series) {
    const host = hostOf(s);
    if (host === null || s.values.length < 2) continue;
    const key = seriesName(s.metric, s.labels, [host.key, 'file', 'derived']);
    const entry = byKey.get(key) ?? {
      metric: { key, metric: s.metric, unit: s.unit },
      hosts: new Map<string, MetricSeries>(),
    };
    byKey.set(key, entry);
    if (!entry.hosts.has(host.host)) entry.hosts.set(host.host, s);
  }
  const shared = [...byKey.values()].filter((e) => e.hosts.size >= 2);
  if (shared.length === 0) {
    return {
      reason:
        'needs a metric that two or more hosts report (series with a host, instance, node or pod label)',
    };
  }
  const hosts = [...new Set(shared.flatMap((e) => [...e.hosts.keys()]))];
  const members = shared.flatMap((e) => [...e.hosts.values()]);
  const aligned = alignSeries(members);
  if ('reason' in aligned)
    return { reason: `the hosts' series cannot be compared: ${aligned.reason}` };
  const steps = aligned.values[0].length;
  const metrics = shared.length;
  const data = new Float64Array(hosts.length * steps * metrics).fill(NaN);
  const hostIndex = new Map(hosts.map((h, i) => [h, i]));
  let k = 0;
  shared.forEach((entry, m) => {
    for (const host of entry.hosts.keys()) {
      const values = aligned.values[k++];
      const h = hostIndex.get(host)!;
      for (let t = 0; t < steps; t++) data[(h * steps + t) * metrics + m] = values[t];
    }
  });
  return {
    farm: ndarray(data, [hosts.length, steps, metrics]),
    hosts,
    metrics: shared.map((e) => e.metric),
    timeMs: aligned.timeMs,
    grid: regularGrid(aligned.timeMs),
    alignment: aligned.note,
  };
}
