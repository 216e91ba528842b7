import { firstLabel, HOST_LABELS } from '../../model/labels';
import { unitKind } from '../../model/unit';
import { metricGroups, type MetricGroup } from './metricGroups';
import type { SeriesInfo } from './seriesInfo';
import { isCpuMetric, isLatencyMetric } from './metricRoles';

/** The series each series panel opens on; null where nothing fits (the panel says what it needs). */
export interface DefaultPicks {
  readonly overview: string[];
  readonly anomalies: string | null;
  readonly capacity: string | null;
  readonly percentileBands: string | null;
  readonly sla: string | null;
  readonly trends: string[];
}

/** Most series the Trends & correlation panel opens with. */
const MAX_TRENDS = 8;

/** The demo's own picks, kept first so that the demo opens as the seed guide shows it. */
const DEMO = {
  anomalies: 'response time (ms)',
  capacity: 'storage used (GB)',
  percentileBands: 'latency p99 (ms)',
  sla: 'SLA latency (ms)',
};

const usable = (s: SeriesInfo) => s.length - s.missing >= 2;
const isFleet = (s: SeriesInfo) => s.labels.fleet !== undefined;

/** The series with the most samples among those that pass `test` (the first on ties), or null. */
function longest(series: readonly SeriesInfo[], test: (s: SeriesInfo) => boolean): string | null {
  let best: SeriesInfo | null = null;
  for (const s of series) {
    if (
      test(s) &&
      usable(s) &&
      (best === null || s.length - s.missing > best.length - best.missing)
    ) {
      best = s;
    }
  }
  return best?.name ?? null;
}

/** `name` when the catalogue has it, else null. */
const named = (series: readonly SeriesInfo[], name: string) =>
  series.some((s) => s.name === name) ? name : null;

/**
 * The Overview's opening set: a metric group over hosts (metricGroups; the first CPU-like one, else
 * the one with most series), else the longest series alone.
 */
function overviewPick(series: readonly SeriesInfo[]): string[] {
  const hosted = metricGroups(series).filter((g) =>
    g.labelNames.some((k) => HOST_LABELS.includes(k)),
  );
  const cpu = hosted.find((g) => isCpuMetric(g));
  const widest = hosted.reduce<MetricGroup | undefined>(
    (best, g) => (best === undefined || g.series.length > best.series.length ? g : best),
    undefined,
  );
  const group = cpu ?? widest;
  if (group) return [...group.series];
  const one = longest(series, (s) => !isFleet(s)) ?? longest(series, () => true);
  return one === null ? [] : [one];
}

/**
 * Up to MAX_TRENDS timed series of different metrics, fleet aggregates (means) first; when that
 * gives fewer than two (data of one metric), the hosts' own series of it.
 */
function trendsPick(series: readonly SeriesInfo[]): string[] {
  const timed = series.filter((s) => s.timed && usable(s));
  const candidates = [
    ...timed.filter((s) => s.labels.fleet === 'mean'),
    ...timed.filter((s) => !isFleet(s) && !firstLabel(s.labels, HOST_LABELS)),
    ...timed.filter((s) => !isFleet(s)),
  ];
  const metrics = new Set<string>();
  const picked: string[] = [];
  for (const s of candidates) {
    if (picked.length >= MAX_TRENDS || metrics.has(s.metric) || picked.includes(s.name)) continue;
    metrics.add(s.metric);
    picked.push(s.name);
  }
  if (picked.length >= 2) return picked;
  return timed
    .filter((s) => !isFleet(s))
    .slice(0, MAX_TRENDS)
    .map((s) => s.name);
}

/**
 * The series every panel opens on, meaningful for that panel: the demo's own picks where the demo
 * is loaded; else for anomalies and percentile bands the longest latency-like series (isLatencyMetric),
 * else the longest series; for capacity the longest storage, disk, memory or percentage series, else
 * the longest; for SLA & Apdex the longest latency-like series or none; see overviewPick and
 * trendsPick for the Overview and Trends. Series with fewer than 2 samples are never picked, nor
 * counters whose rate is listed (`rate(<name>)`, see counterRate): the rate is picked instead.
 */
export function defaultPicks(all: readonly SeriesInfo[]): DefaultPicks {
  // A counter whose rate is in the catalogue opens as that rate (a count since start says little).
  const names = new Set(all.map((s) => s.name));
  const series = all.filter((s) => !names.has(`rate(${s.name})`));
  const latency = longest(series, (s) => !isFleet(s) && isLatencyMetric(s));
  const any = longest(series, (s) => !isFleet(s)) ?? longest(series, () => true);
  const capacity = longest(
    series,
    (s) =>
      !isFleet(s) &&
      (/disk|storage|fs|filesystem|volume|mem/i.test(s.metric) ||
        unitKind(s.unit) === 'bytes' ||
        s.unit === '%'),
  );
  return {
    overview: overviewPick(series),
    anomalies: named(series, DEMO.anomalies) ?? latency ?? any,
    capacity: named(series, DEMO.capacity) ?? capacity ?? any,
    percentileBands: named(series, DEMO.percentileBands) ?? latency ?? any,
    sla: named(series, DEMO.sla) ?? latency,
    trends: trendsPick(series),
  };
}
