import {
  analyzeServerHealth,
  type FarmLayout,
  type ServerHealthOptions,
  type ServerHealthResult,
} from '../analyzeServerHealth';
import { nanmax, nanmean } from '../../kernel';
import type { Farm, FarmMetric } from '../fleet/buildFarm';
import { isCpuMetric, isMemoryMetric } from '../fleet/metricRoles';
import { farmHeatmap, type FarmHeatmap } from './farmHeatmap';
import { farmPeers, type FarmPeers } from './farmPeers';

/**
 * The Server farm panel: health report, a heatmap of one metric with worst servers on top, and
 * the hosts that behave unlike their peers on that metric.
 */
export interface FarmView {
  readonly health: ServerHealthResult;
  readonly heatmap: FarmHeatmap;
  /** Every metric of the farm, in the order of health.means' columns. */
  readonly metrics: readonly FarmMetric[];
  /** Index in metrics of the one drawn. */
  readonly metric: number;
  readonly metricName: string;
  readonly unit: string;
  /** The metrics read as CPU % and memory % (for the High CPU / High memory cards), or null. */
  readonly cpuMetric: string | null;
  readonly memoryMetric: string | null;
  /** How each metric entered the health score, one sentence. */
  readonly scoreRule: string;
  /** How the hosts' series were put on one time axis. */
  readonly alignment: string;
  /** Server names in heatmap order (worst first); rows group rowStart[r]..rowStart[r+1] of these. */
  readonly order: string[];
  /** Epoch ms of step 0 and ms per step, when the farm is on a regular time grid; else null. */
  readonly time: { readonly startMs: number; readonly stepMs: number } | null;
  /** Peer outliers of the metric drawn (farmPeers), or null when the farm has under 3 hosts. */
  readonly peers: FarmPeers | null;
}

/**
 * Options of farmView: health thresholds, the metric to draw (by key), the cells available, and
 * the peer outliers' window (steps) and threshold (σ).
 */
export interface FarmViewOptions extends ServerHealthOptions {
  /** The FarmMetric key to draw; the first metric when absent or not in the farm. */
  readonly metric?: string;
  readonly maxRows?: number;
  readonly maxColumns?: number;
  readonly peerWindow?: number;
  readonly peerThreshold?: number;
}

/** The heatmap cells farmView aggregates to when not told: at most 100 rows x 360 columns. */
export const DEFAULT_FARM_CELLS = { maxRows: 100, maxColumns: 360 } as const;

/** Units that enter the health score as they are: percentages, and the seed's disk I/O in MB/s. */
const AS_IS_UNITS = new Set(['%', 'MB/s']);

/**
 * Which metrics are CPU % and memory % (the first of each), and each metric's scale in the health
 * score: 1 for percentages and the seed's MB/s of disk I/O, so that the seed's cpu/memory/disk farm
 * scores exactly as the seed does; any other metric as a percentage of the highest per-server mean
 * in the fleet (100 / that mean; 1 when it is 0 or NaN).
 */
export function farmLayout(farm: Farm): FarmLayout {
  const [servers, steps, metrics] = farm.farm.shape;
  const lane = new Float64Array(steps);
  const perServer = new Float64Array(servers);
  const scales = farm.metrics.map((metric, m) => {
    if (AS_IS_UNITS.has(metric.unit)) return 1;
    for (let s = 0; s < servers; s++) {
      for (let t = 0; t < steps; t++) lane[t] = farm.farm.data[(s * steps + t) * metrics + m];
      perServer[s] = nanmean(lane);
    }
    const top = perServer.some((v) => v === v) ? nanmax(perServer) : NaN;
    return top > 0 ? 100 / top : 1;
  });
  const index = (test: (m: FarmMetric) => boolean) => {
    const i = farm.metrics.findIndex(test);
    return i < 0 ? null : i;
  };
  return { cpu: index(isCpuMetric), memory: index(isMemoryMetric), scales };
}

/** The score rule in words, naming the metrics that were rescaled. */
function scoreRule(farm: Farm, layout: FarmLayout): string {
  const rescaled = farm.metrics.filter((_, m) => layout.scales[m] !== 1).map((m) => m.key);
  const base =
    "Health score: the mean of each server's metric means; percentages (and MB/s of disk I/O) as they are";
  if (rescaled.length === 0) return `${base}.`;
  return `${base}, ${rescaled.join(', ')} as a percentage of the fleet's highest server mean.`;
}

/**
 * analyzeServerHealth() of the farm (scaled per `layout`, farmLayout(farm) unless given: a caller
 * that keeps the farm computes it once, not on every slider move) plus a heatmap of the chosen
 * metric with servers ranked worst first and cells aggregated to at most maxRows x maxColumns
 * (DEFAULT_FARM_CELLS when absent), and that metric's peer outliers (farmPeers; window 10 steps
 * and threshold 3 σ by default, as the panel opens).
 */
export function farmView(
  farm: Farm,
  {
    metric,
    maxRows = DEFAULT_FARM_CELLS.maxRows,
    maxColumns = DEFAULT_FARM_CELLS.maxColumns,
    peerWindow = 10,
    peerThreshold = 3,
    ...health
  }: FarmViewOptions = {},
  layout: FarmLayout = farmLayout(farm),
): FarmView {
  const report = analyzeServerHealth(farm.farm, farm.hosts, health, layout);
  const order = report.ranking.map((s) => s.index);
  const drawn = Math.max(
    0,
    farm.metrics.findIndex((m) => m.key === metric),
  );
  const nameOf = (i: number | null) => (i === null ? null : farm.metrics[i].key);
  const heatmap = farmHeatmap(farm.farm, drawn, order, maxRows, maxColumns);
  return {
    health: report,
    heatmap,
    metrics: farm.metrics,
    metric: drawn,
    metricName: farm.metrics[drawn].key,
    unit: farm.metrics[drawn].unit,
    cpuMetric: nameOf(layout.cpu),
    memoryMetric: nameOf(layout.memory),
    scoreRule: scoreRule(farm, layout),
    alignment: farm.alignment,
    order: report.ranking.map((s) => s.name),
    time: farm.grid,
    peers: farmPeers(farm, drawn, heatmap, order, {
      window: peerWindow,
      threshold: peerThreshold,
    }),
  };
}
