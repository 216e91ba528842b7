import type { TrafficCounters } from '../analysis/analyzeTraffic';
import type { DataCentreMetrics } from '../analysis/weightedAggregate';
import type { FarmView } from '../analysis/views/farmView';
import type { NamedSeries } from '../analysis/views/NamedSeries';
import type { Dataset } from '../io/dataset';
import { DEFAULT_START_MS } from '../io/simulate';
import type { Demo } from '../io/simulateDemo';
import { uniqueNames } from '../io/metrics/uniqueNames';
import type { NDArray } from '../kernel';

const DAY_MS = 86_400_000;

/**
 * The data sets resident in the worker. Loaded once; analysis calls refer to them by name and send
 * only parameters across the boundary.
 */
export interface Workspace {
  readonly label: string;
  readonly series: ReadonlyMap<string, NamedSeries>;
  readonly farm?: {
    readonly farm: NDArray;
    readonly names: readonly string[];
    readonly metricNames: readonly string[];
    readonly time?: FarmView['time'];
  };
  readonly traffic?: TrafficCounters;
  readonly loadBalancer?: { readonly names: readonly string[]; readonly requests: Float64Array };
  readonly dataCentres?: readonly DataCentreMetrics[];
}

/** What the page needs to know about the resident data, without the data itself. */
export interface Catalogue {
  readonly label: string;
  /** Each series' name, length, unit, whether it has timestamps, and how many values are NaN. */
  readonly series: {
    name: string;
    length: number;
    unit: string;
    timed: boolean;
    missing: number;
  }[];
  readonly farm?: { servers: number; steps: number; metricNames: readonly string[] };
  readonly trafficSamples: number;
  readonly loadBalancerServers: number;
  readonly dataCentres: number;
}

/** The demo's scenarios laid out as a workspace: every series by a name an SRE would recognise. */
export function demoWorkspace(demo: Demo, label: string): Workspace {
  const { timeMs, series } = demo.metrics;
  const named = (name: string, values: Float64Array, unit: string, time?: Float64Array) =>
    [name, { name, values, unit, timeMs: time }] as const;
  const steps = demo.farm.farm.shape[1];
  const { bytesIn, bytesOut, packetsIn, packetsOut } = demo.traffic;
  return {
    label,
    series: new Map<string, NamedSeries>([
      named('cpu % (seed hour)', demo.cpuHour.cpuPercent, '%'),
      named('cpu %', series.cpuPercent, '%', timeMs),
      named('memory %', series.memoryPercent, '%', timeMs),
      named('latency p99 (ms)', series.latencyP99Ms, 'ms', timeMs),
      named('requests/s', series.requestsPerSecond, 'req/s', timeMs),
      named('response time (ms)', demo.responseTimes.latencyMs, 'ms'),
      named('storage used (GB)', demo.storage.usedGb, 'GB'),
      named('SLA latency (ms)', demo.slaMix.latencyMs, 'ms'),
    ]),
    farm: { ...demo.farm, time: { startMs: DEFAULT_START_MS, stepMs: DAY_MS / steps } },
    traffic: { bytesIn, bytesOut, packetsIn, packetsOut },
    loadBalancer: demo.loadBalancer,
    dataCentres: demo.dataCentres,
  };
}

/** A data set read from a file, under the file's name. */
export interface FileDataset {
  readonly name: string;
  readonly dataset: Dataset;
}

/** A file name without its extension, to tell series of several files apart. */
const stem = (name: string) => name.replace(/\.[a-z0-9]+$/i, '');

/** Every group's names in order, those that occur in two groups prefixed "file: name". */
function prefixRepeated(groups: readonly { file: string; names: readonly string[] }[]): string[] {
  const counts = new Map<string, number>();
  for (const { names } of groups) {
    for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return groups.flatMap(({ file, names }) =>
    names.map((name) => (counts.get(name)! > 1 ? `${stem(file)}: ${name}` : name)),
  );
}

/**
 * Data sets read from files laid out as one workspace: every file's series (each keeping its own
 * time axis), named as in its file, or "<file name without extension>: name" where two files have
 * a series of the same name (and made unique, see uniqueNames, should that still repeat). No farm:
 * readers no longer give one (see Dataset), so the notes are empty.
 */
export function filesWorkspace(
  files: readonly FileDataset[],
  label: string,
): { workspace: Workspace; notes: string[] } {
  const names = uniqueNames(
    prefixRepeated(
      files.map(({ name, dataset }) => ({ file: name, names: dataset.series.map((s) => s.name) })),
    ),
  );
  let k = 0;
  const series = new Map<string, NamedSeries>();
  for (const { dataset } of files) {
    const timeMs = dataset.timeMs ?? undefined;
    for (const s of dataset.series) {
      const name = names[k++];
      series.set(name, { name, values: s.values, unit: s.unit, timeMs });
    }
  }
  // Readers no longer give a farm (see Dataset); the fleet view is built from series labels.
  return { workspace: { label, series }, notes: [] };
}

/** How many values of x are NaN. */
function countNaN(x: Float64Array): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== x[i]) n++;
  return n;
}

/** The catalogue of a workspace: names, lengths and shapes only. */
export function catalogue(workspace: Workspace): Catalogue {
  return {
    label: workspace.label,
    series: [...workspace.series.values()].map((s) => ({
      name: s.name,
      length: s.values.length,
      unit: s.unit,
      timed: s.timeMs !== undefined,
      missing: countNaN(s.values),
    })),
    farm: workspace.farm && {
      servers: workspace.farm.farm.shape[0],
      steps: workspace.farm.farm.shape[1],
      metricNames: workspace.farm.metricNames,
    },
    trafficSamples: workspace.traffic?.bytesIn.length ?? 0,
    loadBalancerServers: workspace.loadBalancer?.names.length ?? 0,
    dataCentres: workspace.dataCentres?.length ?? 0,
  };
}

/** Every ArrayBuffer the workspace holds: these must never be transferred out (it would detach them). */
export function residentBuffers(workspace: Workspace): Set<ArrayBufferLike> {
  const buffers = new Set<ArrayBufferLike>();
  for (const s of workspace.series.values()) {
    buffers.add(s.values.buffer);
    if (s.timeMs) buffers.add(s.timeMs.buffer);
  }
  if (workspace.farm) buffers.add(workspace.farm.farm.data.buffer);
  if (workspace.traffic) for (const c of Object.values(workspace.traffic)) buffers.add(c.buffer);
  if (workspace.loadBalancer) buffers.add(workspace.loadBalancer.requests.buffer);
  return buffers;
}
