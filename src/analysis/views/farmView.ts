import {
  analyzeServerHealth,
  type ServerHealthOptions,
  type ServerHealthResult,
} from '../analyzeServerHealth';
import type { NDArray } from '../../kernel';
import { farmHeatmap, type FarmHeatmap } from './farmHeatmap';

/** The Server farm panel: health report and a heatmap of one metric, worst servers on top. */
export interface FarmView {
  readonly health: ServerHealthResult;
  readonly heatmap: FarmHeatmap;
  readonly metric: number;
  readonly metricName: string;
  /** Server names in heatmap order (worst first); rows group rowStart[r]..rowStart[r+1] of these. */
  readonly order: string[];
  /** Epoch ms of step 0 and ms per step, when the farm is timed; else null (x = step index). */
  readonly time: { readonly startMs: number; readonly stepMs: number } | null;
}

/** Options of farmView: health thresholds, the metric to draw, and the cells available. */
export interface FarmViewOptions extends ServerHealthOptions {
  readonly metric?: number;
  readonly maxRows?: number;
  readonly maxColumns?: number;
}

/**
 * analyzeServerHealth() of the farm plus a heatmap of `metric` with servers ranked worst first and
 * cells aggregated to at most maxRows x maxColumns (defaults 100 x 360).
 */
export function farmView(
  farm: {
    farm: NDArray;
    names: readonly string[];
    metricNames: readonly string[];
    time?: FarmView['time'];
  },
  { metric = 0, maxRows = 100, maxColumns = 360, ...health }: FarmViewOptions = {},
): FarmView {
  const report = analyzeServerHealth(farm.farm, farm.names, health);
  const order = report.ranking.map((s) => s.index);
  return {
    health: report,
    heatmap: farmHeatmap(farm.farm, metric, order, maxRows, maxColumns),
    metric,
    metricName: farm.metricNames[metric],
    order: report.ranking.map((s) => s.name),
    time: farm.time ?? null,
  };
}
