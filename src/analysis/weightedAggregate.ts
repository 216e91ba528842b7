import { sum } from '../kernel';

/** One data centre's traffic volume and its metric readings, keyed by metric name. */
export interface DataCentreMetrics {
  readonly name: string;
  /** Traffic volume (requests, bytes...) used as this data centre's weight. */
  readonly traffic: number;
  readonly metrics: Readonly<Record<string, number>>;
}

/** Traffic-weighted metrics across data centres; see weightedAggregate. */
export interface WeightedAggregate {
  /** Metric names, in first-seen order; `averages` and `coverage` follow this order. */
  readonly metricNames: string[];
  /** Traffic-weighted mean of each metric over the data centres that report it. */
  readonly averages: Float64Array;
  /** Share (0-1) of total traffic behind each average: 1 when every data centre reports it. */
  readonly coverage: Float64Array;
  readonly dataCentres: string[];
  /** Each data centre's share (0-1) of total traffic. */
  readonly weightShares: Float64Array;
  readonly totalTraffic: number;
}

/**
 * Traffic-weighted average of every metric across data centres, sum(w * x) / sum(w), and each data
 * centre's traffic share. NumPy: np.average(values, axis=0, weights=traffic) when nothing is
 * missing; a NaN (or absent) reading drops that data centre from that metric only and the weights are
 * renormalised, as np.ma.average(np.ma.masked_invalid(values), axis=0, weights=traffic).
 * A metric no traffic-carrying centre reports -> NaN; NaN traffic -> NaN results.
 * @throws RangeError when the traffic sums to 0 (np.average raises ZeroDivisionError), e.g. no centres.
 * @example weightedAggregate([{ name: 'a', traffic: 3, metrics: { cpu: 10 } }, { name: 'b', traffic: 1, metrics: { cpu: 50 } }]).averages // [20]
 */
export function weightedAggregate(dataCentres: readonly DataCentreMetrics[]): WeightedAggregate {
  const traffic = Float64Array.from(dataCentres, (dc) => dc.traffic);
  const totalTraffic = sum(traffic);
  if (totalTraffic === 0) {
    throw new RangeError('dataCentres: traffic weights sum to zero, so no weighted average exists');
  }
  const metricNames = [...new Set(dataCentres.flatMap((dc) => Object.keys(dc.metrics)))];
  const weighted = new Float64Array(dataCentres.length);
  const reporting = new Float64Array(dataCentres.length);
  const averages = new Float64Array(metricNames.length);
  const coverage = new Float64Array(metricNames.length);
  metricNames.forEach((metric, m) => {
    dataCentres.forEach((dc, i) => {
      const value = Object.hasOwn(dc.metrics, metric) ? dc.metrics[metric] : NaN;
      // A missing reading contributes neither value nor weight (np.ma's masked element).
      const present = !Number.isNaN(value);
      weighted[i] = present ? traffic[i] * value : 0;
      reporting[i] = present ? traffic[i] : 0;
    });
    const reportingTraffic = sum(reporting);
    averages[m] = sum(weighted) / reportingTraffic;
    coverage[m] = reportingTraffic / totalTraffic;
  });
  return {
    metricNames,
    averages,
    coverage,
    dataCentres: dataCentres.map((dc) => dc.name),
    weightShares: traffic.map((w) => w / totalTraffic),
    totalTraffic,
  };
}
