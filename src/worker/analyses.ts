import {
  analyzeLoadDistribution,
  type LoadDistributionOptions,
} from '../analysis/analyzeLoadDistribution';
import { analyzeServerHealth, type ServerHealthOptions } from '../analysis/analyzeServerHealth';
import { analyzeTraffic, type TrafficOptions } from '../analysis/analyzeTraffic';
import { benchWhereVsLoop, type BenchOptions } from '../analysis/benchWhereVsLoop';
import { capacityPlanning, type CapacityOptions } from '../analysis/capacityPlanning';
import { correlate } from '../analysis/correlate';
import { detectAnomalies, type AnomalyOptions } from '../analysis/detectAnomalies';
import { detectTrend, type TrendOptions } from '../analysis/detectTrend';
import { rollingPercentiles, type RollingPercentilesOptions } from '../analysis/rollingPercentiles';
import { slaMetrics, type SlaOptions } from '../analysis/slaMetrics';
import { summarize, type SummarizeOptions } from '../analysis/summarize';
import { weightedAggregate } from '../analysis/weightedAggregate';
import type { ResidentSeries, Workspace } from './workspace';

/** Names one resident series. */
interface OnSeries {
  series: string;
}

function residentSeries(workspace: Workspace, name: string): ResidentSeries {
  const found = workspace.series.get(name);
  if (!found) throw new RangeError(`series: no series named "${name}" is loaded`);
  return found;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new RangeError(`the loaded data has no ${what}`);
  return value;
}

/**
 * Every analysis the worker runs, keyed by name: each takes the resident workspace and the
 * parameters a panel sends (series names and slider values), and returns a structured-cloneable result.
 */
export const analyses = {
  summary: (w: Workspace, p: OnSeries & SummarizeOptions) =>
    summarize(residentSeries(w, p.series).values, p),
  anomalies: (w: Workspace, p: OnSeries & AnomalyOptions) =>
    detectAnomalies(residentSeries(w, p.series).values, p),
  capacity: (w: Workspace, p: OnSeries & CapacityOptions) =>
    capacityPlanning(residentSeries(w, p.series).values, p),
  percentileBands: (w: Workspace, p: OnSeries & RollingPercentilesOptions) =>
    rollingPercentiles(residentSeries(w, p.series).values, p),
  trend: (w: Workspace, p: OnSeries & Omit<TrendOptions, 'timestamps'>) => {
    const s = residentSeries(w, p.series);
    return detectTrend(s.values, { ...p, timestamps: s.timeMs });
  },
  correlation: (w: Workspace, p: { series: string[] }) =>
    correlate(Object.fromEntries(p.series.map((name) => [name, residentSeries(w, name).values]))),
  sla: (w: Workspace, p: OnSeries & SlaOptions) =>
    slaMetrics(residentSeries(w, p.series).values, p),
  serverHealth: (w: Workspace, p: ServerHealthOptions) => {
    const farm = required(w.farm, 'server farm');
    return analyzeServerHealth(farm.farm, farm.names, p);
  },
  traffic: (w: Workspace, p: TrafficOptions) =>
    analyzeTraffic(required(w.traffic, 'traffic counters'), p),
  loadBalance: (w: Workspace, p: LoadDistributionOptions) => {
    const lb = required(w.loadBalancer, 'load-balancer counts');
    return analyzeLoadDistribution(lb.requests, lb.names, p);
  },
  dataCentres: (w: Workspace, _p: object) =>
    weightedAggregate(required(w.dataCentres, 'data-centre metrics')),
  whereBench: (_w: Workspace, p: { n: number } & BenchOptions) => benchWhereVsLoop(p.n, p),
};

export type Analyses = typeof analyses;
export type AnalysisName = keyof Analyses;
export type AnalysisParams<K extends AnalysisName> = Parameters<Analyses[K]>[1];
export type AnalysisResult<K extends AnalysisName> = ReturnType<Analyses[K]>;
