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

/** Points under which a series opens on the moving z-score instead of the adaptive detector. */
export const ADAPTIVE_MIN_POINTS = 200;

/**
 * The detector the Anomalies panel opens a series of `length` points with: the adaptive one, which
 * scores best on NAB; on a series too short for its warm-up (a 60-point window, then 50 points of
 * history, past a learning period of 15 %) to judge much, the seed's moving z-score.
 * @example openingDetector(4032) // 'adaptive'
 */
export function openingDetector(length: number): DetectorName {
  return length >= ADAPTIVE_MIN_POINTS ? 'adaptive' : 'zscore';
}

/** What a panel's defaults are read from: the catalogue, and the display time zone (IANA). */
export interface OpeningContext {
  readonly catalogue: Catalogue;
  readonly timeZone: string;
  /** The catalogue entry of a series, or undefined (null or not loaded). */
  readonly entry: (name: string | null) => Catalogue['series'][number] | undefined;
}

/** One panel: its heading and the parameters a freshly loaded data set opens it with. */
interface PanelSpec<K extends PanelKey> {
  /** The heading, which also names its region (tests find panels by these). */
  readonly title: string;
  readonly defaults: (context: OpeningContext) => PanelParams[K];
}

const lengthOf = ({ entry }: OpeningContext, name: string | null) => entry(name)?.length ?? 0;

/**
 * Every panel in page order, with its heading and defaults: the seed guide's defaults for every
 * threshold (the Anomalies panel's detector and sensitivity excepted: openingDetector at 3.5σ, as
 * NAB was scored) and the series the worker picked as meaningful for it (catalogue.picks; null
 * where nothing fits, and the panel then says what it needs; whether a panel applies is the
 * worker's answer, a view or what it needs). A new panel is an entry here, its worker analysis,
 * its component in components/panels/registry.ts and its own folder; the types make each
 * complete.
 */
export const PANEL_SPECS = {
  overview: {
    title: 'Overview',
    // The high-load line is left to the worker's rule (80 % for percentages, else the data's 95th
    // percentile) until moved.
    defaults: ({ catalogue }): PanelParams['overview'] => ({
      series: catalogue.picks.overview,
      top: 10,
      rank: 'mean',
    }),
  },
  farm: {
    title: 'Server farm',
    // Peer outliers smoothed over 10 steps, beyond 3 σ: on the small demo (seeds 1-5 and 42) they
    // flag the simulated hot servers and, on disk I/O only, up to two others; over 5 steps bursts
    // of disk I/O flag more, on the medium demo 64 of its 100 servers (26 over 10 steps).
    defaults: ({ catalogue: { farm } }): PanelParams['farm'] => ({
      metric: 'reason' in farm ? undefined : farm.metrics[0]?.key,
      cpuHigh: 75,
      memHigh: 85,
      peerWindow: 10,
      peerThreshold: 3,
    }),
  },
  anomalies: {
    title: 'Anomalies',
    defaults: (c): PanelParams['anomalies'] => {
      const length = lengthOf(c, c.catalogue.picks.anomalies);
      const detector = openingDetector(length);
      return {
        series: c.catalogue.picks.anomalies,
        detector,
        window: fitWindow('anomalies', DETECTOR_WINDOWS[detector] ?? 30, length),
        threshold: 3.5,
        timeZone: c.timeZone,
      };
    },
  },
  capacity: {
    title: 'Capacity forecast',
    defaults: ({ catalogue: { picks }, entry }): PanelParams['capacity'] => ({
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
    }),
  },
  percentileBands: {
    title: 'Percentile bands',
    defaults: (c): PanelParams['percentileBands'] => ({
      series: c.catalogue.picks.percentileBands,
      window: fitWindow('percentileBands', 60, lengthOf(c, c.catalogue.picks.percentileBands)),
    }),
  },
  traffic: {
    title: 'Network traffic',
    defaults: (): PanelParams['traffic'] => ({ spikeSigma: 2 }),
  },
  loadBalance: {
    title: 'Load balancer',
    defaults: (): PanelParams['loadBalance'] => ({ tolerance: 0.2 }),
  },
  sla: {
    title: 'SLA & Apdex',
    defaults: ({ catalogue }): PanelParams['sla'] => ({
      series: catalogue.picks.sla,
      target: 200,
      apdexT: 200,
    }),
  },
  trends: {
    title: 'Trends & correlation',
    defaults: ({ catalogue }): PanelParams['trends'] => ({ series: catalogue.picks.trends }),
  },
  dataCentres: {
    title: 'Data centres',
    defaults: (): PanelParams['dataCentres'] => ({}),
  },
  whereBench: {
    title: 'Vectorised vs loop',
    defaults: (): PanelParams['whereBench'] => ({ n: WHERE_BENCH_SIZE }),
  },
} as const satisfies { [K in PanelKey]: PanelSpec<K> };

/** Panels in page order. */
export const PANELS = Object.keys(PANEL_SPECS) as PanelKey[];

/** A panel's heading. */
export type PanelTitle = (typeof PANEL_SPECS)[PanelKey]['title'];

/** Each panel's heading, by panel. */
export const PANEL_TITLES = Object.fromEntries(
  PANELS.map((key) => [key, PANEL_SPECS[key].title]),
) as { [K in PanelKey]: (typeof PANEL_SPECS)[K]['title'] };

/** Every panel's PANEL_SPECS defaults for `catalogue`, words in `timeZone` (IANA). */
export function defaultParams(catalogue: Catalogue, timeZone = 'UTC'): PanelParams {
  const context: OpeningContext = {
    catalogue,
    timeZone,
    entry: (name) => catalogue.series.find((s) => s.name === name),
  };
  return Object.fromEntries(
    PANELS.map((key) => [key, PANEL_SPECS[key].defaults(context)]),
  ) as PanelParams;
}
