import type { TrafficCounters } from '../analysis/analyzeTraffic';
import type { DataCentreMetrics } from '../analysis/weightedAggregate';
import type { FarmView } from '../analysis/views/farmView';
import type { NamedSeries } from '../analysis/views/NamedSeries';
import type { Dataset } from '../io/dataset';
import { DEFAULT_START_MS } from '../io/simulate';
import type { Demo } from '../io/simulateDemo';
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

/** A data set read from a file laid out as a workspace: its series, and its farm when it has one. */
export function datasetWorkspace(dataset: Dataset, label: string): Workspace {
  const timeMs = dataset.timeMs ?? undefined;
  return {
    label,
    series: new Map(
      dataset.series.map((s) => [s.name, { name: s.name, values: s.values, unit: s.unit, timeMs }]),
    ),
    farm: dataset.farm,
  };
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
