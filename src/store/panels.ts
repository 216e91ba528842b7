import type { AnalysisName, AnalysisParams } from '../worker/analyses';
import type { Catalogue } from '../worker/workspace';

/** A dashboard panel, named after the worker analysis that feeds it. */
export type PanelKey = AnalysisName;

/** The parameters every panel sends to the worker: series picks and slider values. */
export type PanelParams = { [K in PanelKey]: AnalysisParams<K> };

/** Panels in page order. */
export const PANELS: readonly PanelKey[] = [
  'overview',
  'farm',
  'anomalies',
  'capacity',
  'percentileBands',
  'traffic',
  'loadBalance',
  'sla',
  'trends',
  'dataCentres',
  'whereBench',
];

/** Each panel's heading, which also names its region (tests find panels by these). */
export const PANEL_TITLES = {
  overview: 'Overview',
  farm: 'Server farm',
  anomalies: 'Anomalies',
  capacity: 'Capacity forecast',
  percentileBands: 'Percentile bands',
  traffic: 'Network traffic',
  loadBalance: 'Load balancer',
  sla: 'SLA & Apdex',
  trends: 'Trends & correlation',
  dataCentres: 'Data centres',
  whereBench: 'Vectorised vs loop',
} as const satisfies Record<PanelKey, string>;

/** A panel's heading. */
export type PanelTitle = (typeof PANEL_TITLES)[PanelKey];

/** Size of the vectorised-vs-loop measurement (the seed's 1e6 values). */
export const WHERE_BENCH_SIZE = 1_000_000;

/** Panels whose analysis slides a window over one series. */
export type WindowPanel = 'anomalies' | 'percentileBands';

/** Each windowed panel's window range in samples, before the series length caps it. */
export const WINDOW_BOUNDS: Readonly<Record<WindowPanel, { min: number; max: number }>> = {
  anomalies: { min: 3, max: 200 },
  percentileBands: { min: 5, max: 1440 },
};

/**
 * The range a windowed panel's window may take on a series of `length` samples: WINDOW_BOUNDS,
 * capped at the length (the analyses reject a window longer than the series), and on a series
 * shorter than the usual minimum, the whole series.
 * @example windowRange('anomalies', 60) // { min: 3, max: 60 }
 */
export function windowRange(panel: WindowPanel, length: number): { min: number; max: number } {
  const { min, max } = WINDOW_BOUNDS[panel];
  const top = Math.max(1, Math.min(max, length));
  return { min: Math.min(min, top), max: top };
}

/** `window` moved into windowRange(panel, length). */
export function fitWindow(panel: WindowPanel, window: number, length: number): number {
  const { min, max } = windowRange(panel, length);
  return Math.min(max, Math.max(min, window));
}

/** The first name in `preferred` that the catalogue has, else its first series (or ''). */
function pick(catalogue: Catalogue, ...preferred: string[]): string {
  const names = catalogue.series.map((s) => s.name);
  return preferred.find((name) => names.includes(name)) ?? names[0] ?? '';
}

/**
 * The capacity a series in `unit` is first planned against: 100 for a percentage (utilisation
 * cannot go past it), else the seed's 1000 (GB of storage in the demo).
 * @example defaultCapacity('%') // 100
 */
export function defaultCapacity(unit: string): number {
  return unit === '%' ? 100 : 1000;
}

/**
 * The parameters a freshly loaded data set opens with: the seed guide's defaults for every
 * threshold, and series picks that make each panel meaningful on the demo (the seed's CPU hour for
 * the overview, spiky response times for anomalies, storage for capacity, ...).
 */
export function defaultParams(catalogue: Catalogue): PanelParams {
  const timed = catalogue.series.filter((s) => s.timed).map((s) => s.name);
  const lengthOf = (name: string) => catalogue.series.find((s) => s.name === name)?.length ?? 0;
  const anomalies = pick(catalogue, 'response time (ms)');
  const percentileBands = pick(catalogue, 'latency p99 (ms)');
  const capacitySeries = pick(catalogue, 'storage used (GB)');
  return {
    overview: { series: pick(catalogue, 'cpu % (seed hour)'), highLoad: 80 },
    farm: { metric: 0, cpuHigh: 75, memHigh: 85 },
    anomalies: {
      series: anomalies,
      window: fitWindow('anomalies', 30, lengthOf(anomalies)),
      threshold: 3,
    },
    capacity: {
      series: capacitySeries,
      growthRate: 0.1,
      forecastDays: 30,
      capacity: defaultCapacity(
        catalogue.series.find((s) => s.name === capacitySeries)?.unit ?? '',
      ),
      buffer: 0.2,
      // A series sampled more often than daily is sized on each day's peak (DEFAULT_DAILY_STATISTIC
      // in analysis/resampleDaily.ts says why).
      dailyStatistic: 'max',
    },
    percentileBands: {
      series: percentileBands,
      window: fitWindow('percentileBands', 60, lengthOf(percentileBands)),
    },
    traffic: { samplingSeconds: 60, spikeSigma: 2 },
    loadBalance: { tolerance: 0.2 },
    sla: { series: pick(catalogue, 'SLA latency (ms)'), target: 200, apdexT: 200 },
    trends: { series: timed.length >= 2 ? timed : catalogue.series.map((s) => s.name) },
    dataCentres: {},
    whereBench: { n: WHERE_BENCH_SIZE },
  };
}

/** The panels a catalogue can feed (a data set without a farm has no farm panel, and so on). */
export function availablePanels(catalogue: Catalogue): PanelKey[] {
  return PANELS.filter((panel) => {
    switch (panel) {
      case 'farm':
        return catalogue.farm !== undefined;
      case 'traffic':
        return catalogue.trafficSamples > 0;
      case 'loadBalance':
        return catalogue.loadBalancerServers > 0;
      case 'dataCentres':
        return catalogue.dataCentres > 0;
      case 'whereBench':
        return true;
      default:
        return catalogue.series.length > 0;
    }
  });
}
