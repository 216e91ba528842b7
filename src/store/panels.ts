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

/** Size of the vectorised-vs-loop measurement (the seed's 1e6 values). */
export const WHERE_BENCH_SIZE = 1_000_000;

/** The first name in `preferred` that the catalogue has, else its first series (or ''). */
function pick(catalogue: Catalogue, ...preferred: string[]): string {
  const names = catalogue.series.map((s) => s.name);
  return preferred.find((name) => names.includes(name)) ?? names[0] ?? '';
}

/**
 * The parameters a freshly loaded data set opens with: the seed guide's defaults for every
 * threshold, and series picks that make each panel meaningful on the demo (the seed's CPU hour for
 * the overview, spiky response times for anomalies, storage for capacity, ...).
 */
export function defaultParams(catalogue: Catalogue): PanelParams {
  const timed = catalogue.series.filter((s) => s.timed).map((s) => s.name);
  return {
    overview: { series: pick(catalogue, 'cpu % (seed hour)'), highLoad: 80 },
    farm: { metric: 0, cpuHigh: 75, memHigh: 85 },
    anomalies: { series: pick(catalogue, 'response time (ms)'), window: 30, threshold: 3 },
    capacity: {
      series: pick(catalogue, 'storage used (GB)'),
      growthRate: 0.1,
      forecastDays: 30,
      capacity: 1000,
      buffer: 0.2,
    },
    percentileBands: { series: pick(catalogue, 'latency p99 (ms)'), window: 60 },
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
