import { capacityPlanning, type CapacityOptions, type CapacityPlan } from '../capacityPlanning';
import type { NamedSeries } from './NamedSeries';

/** The Capacity panel: the plan and the history it was fitted on (x = day index). */
export interface CapacityView {
  readonly name: string;
  readonly unit: string;
  readonly history: Float64Array;
  readonly plan: CapacityPlan;
  readonly capacity: number;
  readonly forecastDays: number;
}

/**
 * capacityPlanning() of a daily usage series, with the history and the capacity line it was judged
 * against, for the forecast chart. Daily series are short (years at most), so nothing is decimated.
 */
export function capacityView(series: NamedSeries, options: CapacityOptions = {}): CapacityView {
  const plan = capacityPlanning(series.values, options);
  return {
    name: series.name,
    unit: series.unit,
    history: series.values.slice(),
    plan,
    capacity: options.capacity ?? 1000,
    forecastDays: plan.projected.length,
  };
}
