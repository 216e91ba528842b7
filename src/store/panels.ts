import type { DetectorName } from '../analysis/detectors/DetectorResult';
import type { DailyStatistic } from '../analysis/resampleDaily';
import { DETECTOR_WINDOWS } from '../analysis/views/anomalyView';
import type { CapacityMethod } from '../analysis/views/capacityView';
import type { AnalysisName, AnalysisParams } from '../worker/analyses';
import type { Catalogue } from '../worker/workspace';

/** A dashboard panel, named after the worker analysis that feeds it. */
export type PanelKey = AnalysisName;

/** Compiles only while every panel's parameters are what its worker analysis takes. */
type FitAnalyses<T extends { [K in PanelKey]: AnalysisParams<K> }> = T;

/**
 * The parameters every panel sends to the worker: series picks (null or [] where nothing fits)
 * and slider values. Each is what the panel's controls show, so all but a few are required.
 */
export type PanelParams = FitAnalyses<{
  overview: { series: string[]; top: number; rank: 'mean' | 'max'; highLoad?: number };
  farm: {
    metric?: string;
    cpuHigh: number;
    memHigh: number;
    maxRows?: number;
    maxColumns?: number;
    peerWindow: number;
    peerThreshold: number;
  };
  anomalies: {
    series: string | null;
    detector: DetectorName;
    window: number;
    threshold: number;
    /** IANA zone of the explanations' words ("for 14:00"): the display time zone. */
    timeZone: string;
  };
  capacity: {
    series: string | null;
    growthRate: number;
    forecastDays: number;
    capacity: number;
    buffer: number;
    dailyStatistic: DailyStatistic;
    method: CapacityMethod;
  };
  percentileBands: { series: string | null; window: number };
  traffic: { spikeSigma: number };
  loadBalance: { tolerance: number };
  sla: { series: string | null; target: number; apdexT: number };
  trends: { series: string[] };
  dataCentres: { label?: string; weight?: string };
  whereBench: { n: number };
}>;

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

/**
 * The capacity a series in `unit` is first planned against: 100 for a percentage (utilisation
 * cannot go past it), else the seed's 1000 (GB of storage in the demo).
 * @example defaultCapacity('%') // 100
 */
export function defaultCapacity(unit: string): number {
  return unit === '%' ? 100 : 1000;
}

/** The detector the Anomalies panel opens with: the one that scores best on NAB. */
export const DEFAULT_DETECTOR: DetectorName = 'adaptive';

/**
 * The parameters a freshly loaded data set opens with: the seed guide's defaults for every
 * threshold (the Anomalies panel's detector and sensitivity excepted: DEFAULT_DETECTOR at 3.5σ,
 * as NAB was scored), words in `timeZone` (IANA), and the series the worker picked as meaningful for each panel (catalogue.picks; null
 * where nothing fits, and the panel then says what it needs). The Overview's high-load line is
 * left to the worker's rule (80 % for percentages, else the data's 95th percentile) until moved.
 */
export function defaultParams(catalogue: Catalogue, timeZone = 'UTC'): PanelParams {
  const { picks } = catalogue;
  const entry = (name: string | null) => catalogue.series.find((s) => s.name === name);
  const lengthOf = (name: string | null) => entry(name)?.length ?? 0;
  const farmMetrics = 'reason' in catalogue.farm ? [] : catalogue.farm.metrics;
  return {
    overview: { series: picks.overview, top: 10, rank: 'mean' },
    // Peer outliers smoothed over 10 steps, beyond 3 σ: on the small demo (seeds 1-5 and 42) they
    // flag the simulated hot servers and, on disk I/O only, up to two others; over 5 steps bursts
    // of disk I/O flag more, on the medium demo 64 of its 100 servers (26 over 10 steps).
    farm: {
      metric: farmMetrics[0]?.key,
      cpuHigh: 75,
      memHigh: 85,
      peerWindow: 10,
      peerThreshold: 3,
    },
    anomalies: {
      series: picks.anomalies,
      detector: DEFAULT_DETECTOR,
      window: fitWindow(
        'anomalies',
        DETECTOR_WINDOWS[DEFAULT_DETECTOR] ?? 30,
        lengthOf(picks.anomalies),
      ),
      threshold: 3.5,
      timeZone,
    },
    capacity: {
      series: picks.capacity,
      growthRate: 0.1,
      forecastDays: 30,
      capacity: defaultCapacity(entry(picks.capacity)?.unit ?? ''),
      buffer: 0.2,
      // A series sampled more often than daily is sized on each day's peak (DEFAULT_DAILY_STATISTIC
      // in analysis/resampleDaily.ts says why).
      dailyStatistic: 'max',
      // The seed's straight line, whose figures the panel has always opened on; the backtest
      // under the chart says when Holt-Winters would do better.
      method: 'linear',
    },
    percentileBands: {
      series: picks.percentileBands,
      window: fitWindow('percentileBands', 60, lengthOf(picks.percentileBands)),
    },
    traffic: { spikeSigma: 2 },
    loadBalance: { tolerance: 0.2 },
    sla: { series: picks.sla, target: 200, apdexT: 200 },
    trends: { series: picks.trends },
    dataCentres: {},
    whereBench: { n: WHERE_BENCH_SIZE },
  };
}
