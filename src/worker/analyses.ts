import {
  analyzeLoadDistribution,
  type LoadDistributionOptions,
} from '../analysis/analyzeLoadDistribution';
import type { TrafficOptions } from '../analysis/analyzeTraffic';
import { benchWhereVsLoop, type BenchOptions } from '../analysis/benchWhereVsLoop';
import { dataCentreMetrics } from '../analysis/fleet/dataCentreMetrics';
import { isLatencyMetric } from '../analysis/fleet/metricRoles';
import { requestTotals } from '../analysis/fleet/requestTotals';
import { shortNames } from '../analysis/fleet/shortNames';
import { trafficInputs } from '../analysis/fleet/trafficInputs';
import type { SlaOptions } from '../analysis/slaMetrics';
import { anomalyView, type AnomalyViewOptions } from '../analysis/views/anomalyView';
import { capacityView, type CapacityViewOptions } from '../analysis/views/capacityView';
import { dataCentresView } from '../analysis/views/dataCentresView';
import { farmView, type FarmViewOptions } from '../analysis/views/farmView';
import type { MetricSeries } from '../analysis/views/NamedSeries';
import type { Needs } from '../analysis/views/needs';
import { overviewView, type OverviewOptions } from '../analysis/views/overviewView';
import { percentileBandsView } from '../analysis/views/percentileBandsView';
import { slaView } from '../analysis/views/slaView';
import { trafficView } from '../analysis/views/trafficView';
import { trendsView } from '../analysis/views/trendsView';
import type { Workspace } from './workspace';

/** Names one resident series; null when the panel has nothing to show yet. */
interface OnSeries {
  series: string | null;
}

/**
 * What a panel needs, as a sentence for people: a reason that says what is needed ("needs a
 * latency series") becomes "This panel needs a latency series."; any other reason is said as it is.
 */
function needs(reason: string): Needs {
  const sentence = reason.startsWith('needs ')
    ? `This panel ${reason}`
    : reason.charAt(0).toUpperCase() + reason.slice(1);
  return { needs: `${sentence}.` };
}

/** The resident series `name`, or what the panel needs when there is none or it does not exist. */
function resident(w: Workspace, name: string | null, what = 'a series'): MetricSeries | Needs {
  if (name === null) return needs(`needs ${what}`);
  return w.series.get(name) ?? needs(`the series "${name}" is not in the data loaded`);
}

/** Runs `view` on the series `name` of `w`, or says what the panel needs. */
function onSeries<T>(w: Workspace, name: string | null, view: (s: MetricSeries) => T): T | Needs {
  const s = resident(w, name);
  return 'needs' in s ? s : view(s);
}

/** Why some data could not be found or built. */
type Reason = { readonly reason: string };

/** `then(value)`, or what a panel needs when `value` is a Reason. */
function orNeeds<T extends object, R>(value: T, then: (v: Exclude<T, Reason>) => R): R | Needs {
  return 'reason' in value ? needs((value as Reason).reason) : then(value as Exclude<T, Reason>);
}

/**
 * Every analysis the worker runs for a panel, keyed by panel: each takes the resident workspace
 * and the parameters the panel sends (series names and slider values) and returns a
 * structured-cloneable result whose long series are already reduced for drawing, or a Needs that
 * says, in one line, what data the panel needs when the workspace has none that fits.
 */
export const analyses = {
  overview: (w: Workspace, p: { series: string[] } & OverviewOptions) => {
    const picked = p.series.flatMap((name) => w.series.get(name) ?? []);
    if (picked.length === 0) return needs('needs at least one series');
    // Only the series in the first one's unit are drawn: their names are shortened among themselves.
    const drawn = picked.filter((s) => s.unit === picked[0].unit);
    const names = new Map(shortNames(drawn).map((name, i) => [drawn[i], name]));
    return overviewView(
      picked.map((s) => ({ ...s, name: names.get(s) ?? s.name })),
      p,
    );
  },
  farm: (w: Workspace, p: FarmViewOptions) =>
    orNeeds(w.farm, (farm) => farmView(farm, p, w.farmLayout ?? undefined)),
  anomalies: (w: Workspace, p: OnSeries & AnomalyViewOptions) =>
    onSeries(w, p.series, (s) => anomalyView(s, p)),
  capacity: (w: Workspace, p: OnSeries & CapacityViewOptions) =>
    onSeries(w, p.series, (s) => capacityView(s, p)),
  percentileBands: (w: Workspace, p: OnSeries & { window: number }) =>
    onSeries(w, p.series, (s) => percentileBandsView(s, p)),
  traffic: (w: Workspace, p: Omit<TrafficOptions, 'samplingSeconds'>) =>
    orNeeds(trafficInputs([...w.series.values()]), (inputs) => trafficView(inputs, p)),
  loadBalance: (w: Workspace, p: LoadDistributionOptions & { metric?: string }) =>
    orNeeds(requestTotals([...w.series.values()], p.metric), (totals) => ({
      ...analyzeLoadDistribution(totals.requests, totals.names, p),
      metric: totals.metric,
      note: totals.note,
    })),
  sla: (w: Workspace, p: OnSeries & SlaOptions) => {
    const s = resident(
      w,
      p.series,
      'a latency series (a time unit such as ms or s, or a name saying latency or duration)',
    );
    if ('needs' in s) return s;
    if (!isLatencyMetric(s)) {
      return needs(
        `needs a latency series: ${s.name} is neither in ms or s nor named for latency or duration`,
      );
    }
    return slaView(s, p);
  },
  trends: (w: Workspace, p: { series: string[]; alpha?: number }) => {
    const picked = p.series.flatMap((name) => w.series.get(name) ?? []);
    if (picked.length === 0) return needs('needs at least one series with two or more samples');
    return trendsView(picked, p.alpha);
  },
  dataCentres: (w: Workspace, p: { label?: string; weight?: string }) =>
    orNeeds(dataCentreMetrics([...w.series.values()], p), (inputs) =>
      dataCentresView(inputs.dataCentres, inputs),
    ),
  whereBench: (_w: Workspace, p: { n: number } & BenchOptions) => benchWhereVsLoop(p.n, p),
};

export type Analyses = typeof analyses;
export type AnalysisName = keyof Analyses;
export type AnalysisParams<K extends AnalysisName> = Parameters<Analyses[K]>[1];

/**
 * An analysis's result: what it returns, or, for a background analysis (one that returns a
 * Generator, see api's run), what its generator returns at the end.
 */
export type AnalysisResult<K extends AnalysisName> =
  ReturnType<Analyses[K]> extends Generator<unknown, infer R> ? R : ReturnType<Analyses[K]>;
