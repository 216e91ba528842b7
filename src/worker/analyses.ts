import {
  analyzeLoadDistribution,
  type LoadDistributionOptions,
} from '../analysis/analyzeLoadDistribution';
import type { TrafficOptions } from '../analysis/analyzeTraffic';
import { benchWhereVsLoop, type BenchOptions } from '../analysis/benchWhereVsLoop';
import type { AnomalyOptions } from '../analysis/detectAnomalies';
import type { SlaOptions } from '../analysis/slaMetrics';
import { slaView } from '../analysis/views/slaView';
import type { SummarizeOptions } from '../analysis/summarize';
import { anomalyView } from '../analysis/views/anomalyView';
import { dataCentresView } from '../analysis/views/dataCentresView';
import { capacityView, type CapacityViewOptions } from '../analysis/views/capacityView';
import { farmView, type FarmViewOptions } from '../analysis/views/farmView';
import type { NamedSeries } from '../analysis/views/NamedSeries';
import { overviewView } from '../analysis/views/overviewView';
import { percentileBandsView } from '../analysis/views/percentileBandsView';
import { trafficView } from '../analysis/views/trafficView';
import { trendsView } from '../analysis/views/trendsView';
import type { Workspace } from './workspace';

/** Names one resident series. */
interface OnSeries {
  series: string;
}

function resident(workspace: Workspace, name: string): NamedSeries {
  const found = workspace.series.get(name);
  if (!found) throw new RangeError(`series: no series named "${name}" is loaded`);
  return found;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new RangeError(`the loaded data has no ${what}`);
  return value;
}

/**
 * Every analysis the worker runs for a panel, keyed by panel: each takes the resident workspace
 * and the parameters the panel sends (series names and slider values) and returns a
 * structured-cloneable result whose long series are already reduced for drawing.
 */
export const analyses = {
  overview: (w: Workspace, p: OnSeries & SummarizeOptions) =>
    overviewView(resident(w, p.series), p),
  farm: (w: Workspace, p: FarmViewOptions) => farmView(required(w.farm, 'server farm'), p),
  anomalies: (w: Workspace, p: OnSeries & AnomalyOptions) => anomalyView(resident(w, p.series), p),
  capacity: (w: Workspace, p: OnSeries & CapacityViewOptions) =>
    capacityView(resident(w, p.series), p),
  percentileBands: (w: Workspace, p: OnSeries & { window: number }) =>
    percentileBandsView(resident(w, p.series), p),
  traffic: (w: Workspace, p: TrafficOptions) =>
    trafficView(required(w.traffic, 'traffic counters'), p),
  loadBalance: (w: Workspace, p: LoadDistributionOptions) => {
    const lb = required(w.loadBalancer, 'load-balancer counts');
    return analyzeLoadDistribution(lb.requests, lb.names, p);
  },
  sla: (w: Workspace, p: OnSeries & SlaOptions) => slaView(resident(w, p.series), p),
  trends: (w: Workspace, p: { series: string[]; alpha?: number }) =>
    trendsView(
      p.series.map((name) => resident(w, name)),
      p.alpha,
    ),
  dataCentres: (w: Workspace, _p: object) =>
    dataCentresView(required(w.dataCentres, 'data-centre metrics')),
  whereBench: (_w: Workspace, p: { n: number } & BenchOptions) => benchWhereVsLoop(p.n, p),
};

export type Analyses = typeof analyses;
export type AnalysisName = keyof Analyses;
export type AnalysisParams<K extends AnalysisName> = Parameters<Analyses[K]>[1];
export type AnalysisResult<K extends AnalysisName> = ReturnType<Analyses[K]>;
