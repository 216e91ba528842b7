import type { Numeric } from '../../kernel';
import {
  slaDistribution,
  slaMetricsOf,
  type SlaDistribution,
  type SlaMetrics,
  type SlaOptions,
} from '../slaMetrics';
import { lastResult, sameParts } from '../lastResult';
import type { NamedSeries } from './NamedSeries';

/** The SLA panel: slaMetrics of a latency series, with the target in the series' own unit. */
export interface SlaView extends SlaMetrics {
  /** The SLA target in the series' unit, for marking it on the histogram. */
  readonly target: number;
}

/**
 * Milliseconds in one `unit` of a latency series: 1000 for 's' (the base unit files' '350 ms'
 * cells are read in, see parseQuantity), else 1 (ms, or no unit, which latency series are taken
 * to be in).
 * @example msPerUnit('s') // 1000
 */
export function msPerUnit(unit: string): number {
  return unit === 's' ? 1000 : 1;
}

/** The last distribution, for the same values, IQR factor and bins: a threshold move reuses it. */
const lastDistribution = lastResult<
  [Numeric, number | undefined, number | undefined],
  SlaDistribution
>(sameParts);

/**
 * slaMetrics of `series` with the SLA target and Apdex T given in milliseconds (the panel's
 * sliders), whatever the series' time unit: both are converted into it first (see msPerUnit), so
 * a series of seconds is judged against the same target as one of milliseconds. A target or
 * Apdex T move on the same series counts against the times again, and reuses the rest: the IQR
 * filter, percentiles and histogram (the view takes a copy of the histogram, which the worker
 * transfers).
 */
export function slaView(series: NamedSeries, options: SlaOptions = {}): SlaView {
  const perUnit = msPerUnit(series.unit);
  const { target = 200, apdexT = target } = options;
  const inUnit = { ...options, target: target / perUnit, apdexT: apdexT / perUnit };
  const { iqrFactor, bins } = options;
  const distribution = lastDistribution.get([series.values, iqrFactor, bins], () =>
    slaDistribution(series.values, options),
  );
  const metrics = slaMetricsOf(distribution, inUnit);
  const { counts, edges } = metrics.histogram;
  return {
    ...metrics,
    histogram: { counts: counts.slice(), edges: edges.slice() },
    target: inUnit.target,
  };
}
