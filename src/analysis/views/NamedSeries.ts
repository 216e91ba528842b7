/** A named series: values, an optional epoch-ms time axis of the same length, and a unit. */
export interface NamedSeries {
  readonly name: string;
  readonly values: Float64Array;
  readonly timeMs?: Float64Array;
  /** Unit of the values, for labels: '%', 'ms', 'GB', 'req/s'. */
  readonly unit: string;
}

/** A resident series with its identity: the metric it is one of and its other labels. */
export interface MetricSeries extends NamedSeries {
  /** The metric name ('' when the source gave none). */
  readonly metric: string;
  /** Every other label (host, instance, job, device, dc...); {} when there are none. */
  readonly labels: Readonly<Record<string, string>>;
}
