import { minMaxIndices, take } from '../../kernel';
import { capacityPlanning, type CapacityOptions, type CapacityPlan } from '../capacityPlanning';
import type { NamedSeries } from './NamedSeries';
import { DISPLAY_POINTS } from './seriesView';

/** The Capacity panel: the plan and the history it was fitted on (x = day index). */
export interface CapacityView {
  readonly name: string;
  readonly unit: string;
  /** Days drawn of the history: all of them, or the min/max of each pixel column of a long one. */
  readonly historyDays: Float64Array;
  /** Usage on historyDays. */
  readonly history: Float64Array;
  /** The plan, with `fitted` given on historyDays only. */
  readonly plan: CapacityPlan;
  readonly capacity: number;
  readonly forecastDays: number;
}

/**
 * capacityPlanning() of a daily usage series, with the history and the capacity line it was judged
 * against, for the forecast chart. A history longer than DISPLAY_POINTS is reduced by min/max
 * decimation (its peak is kept), and the fitted trend with it.
 */
export function capacityView(series: NamedSeries, options: CapacityOptions = {}): CapacityView {
  const plan = capacityPlanning(series.values, options);
  const keep = minMaxIndices(series.values, DISPLAY_POINTS / 2);
  return {
    name: series.name,
    unit: series.unit,
    historyDays: Float64Array.from(keep),
    history: take(series.values, keep),
    plan: { ...plan, fitted: take(plan.fitted, keep) },
    capacity: options.capacity ?? 1000,
    forecastDays: plan.projected.length,
  };
}
