/** A named series: values, an optional epoch-ms time axis of the same length, and a unit. */
export interface NamedSeries {
  readonly name: string;
  readonly values: Float64Array;
  readonly timeMs?: Float64Array;
  /** Unit of the values, for labels: '%', 'ms', 'GB', 'req/s'. */
  readonly unit: string;
}
