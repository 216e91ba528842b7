import type { TrafficCounters } from '../analysis/analyzeTraffic';
import type { DataCentreMetrics } from '../analysis/weightedAggregate';
import type { NDArray } from '../kernel';
import type { Demo } from '../io/simulateDemo';

/** One named series resident in the worker, with its own time axis when it has one. */
export interface ResidentSeries {
  readonly values: Float64Array;
  /** Epoch ms per sample; absent when samples are only ordered (index = time). */
  readonly timeMs?: Float64Array;
  /** Unit of the values, for labels: '%', 'ms', 'GB', 'req/s'. */
  readonly unit: string;
}

/**
 * The data sets resident in the worker. Loaded once; analysis calls refer to them by name and send
 * only parameters across the boundary.
 */
export interface Workspace {
  readonly label: string;
  readonly series: ReadonlyMap<string, ResidentSeries>;
  readonly farm?: {
    readonly farm: NDArray;
    readonly names: readonly string[];
    readonly metricNames: readonly string[];
  };
  readonly traffic?: TrafficCounters;
  readonly loadBalancer?: { readonly names: readonly string[]; readonly requests: Float64Array };
  readonly dataCentres?: readonly DataCentreMetrics[];
}

/** What the page needs to know about the resident data, without the data itself. */
export interface Catalogue {
  readonly label: string;
  readonly series: { name: string; length: number; unit: string; timed: boolean }[];
  readonly farm?: { servers: number; steps: number; metricNames: readonly string[] };
  readonly hasTraffic: boolean;
  readonly loadBalancerServers: number;
  readonly dataCentres: number;
}

/** The demo's scenarios laid out as a workspace: every series by a name an SRE would recognise. */
export function demoWorkspace(demo: Demo, label: string): Workspace {
  const { timeMs, series } = demo.metrics;
  return {
    label,
    series: new Map<string, ResidentSeries>([
      ['cpu % (seed hour)', { values: demo.cpuHour.cpuPercent, unit: '%' }],
      ['cpu %', { values: series.cpuPercent, timeMs, unit: '%' }],
      ['memory %', { values: series.memoryPercent, timeMs, unit: '%' }],
      ['latency p99 (ms)', { values: series.latencyP99Ms, timeMs, unit: 'ms' }],
      ['requests/s', { values: series.requestsPerSecond, timeMs, unit: 'req/s' }],
      ['response time (ms)', { values: demo.responseTimes.latencyMs, unit: 'ms' }],
      ['storage used (GB)', { values: demo.storage.usedGb, unit: 'GB' }],
      ['SLA latency (ms)', { values: demo.slaMix.latencyMs, unit: 'ms' }],
    ]),
    farm: demo.farm,
    traffic: demo.traffic,
    loadBalancer: demo.loadBalancer,
    dataCentres: demo.dataCentres,
  };
}

/** The catalogue of a workspace: names, lengths and shapes only. */
export function catalogue(workspace: Workspace): Catalogue {
  return {
    label: workspace.label,
    series: [...workspace.series].map(([name, s]) => ({
      name,
      length: s.values.length,
      unit: s.unit,
      timed: s.timeMs !== undefined,
    })),
    farm: workspace.farm && {
      servers: workspace.farm.farm.shape[0],
      steps: workspace.farm.farm.shape[1],
      metricNames: workspace.farm.metricNames,
    },
    hasTraffic: workspace.traffic !== undefined,
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
