/**
 * One time series as the source had it: a metric on one host, interface, job..., identified by its
 * metric name and labels, in the dataset's shared time axis.
 */
export interface Series {
  /**
   * The name the source gives it, unique within the dataset: a wide file's column header, or the
   * metric with its labels in Prometheus notation (`node_load1{instance="web-01"}`).
   */
  name: string;
  /**
   * The metric this series is one of: Prometheus's `__name__`, a long file's metric column (or value
   * column header), InfluxDB's `<measurement>_<field>`, a wide file's column header.
   */
  metric: string;
  /**
   * Every label besides the metric name: `instance`, `host`, `job`, `device`, `dc`, ...; {} when the
   * source has none (a wide column). A long file's host column is the label `host`.
   */
  labels: Readonly<Record<string, string>>;
  /** Base unit read from the values ('%', 'B', 'B/s', 's', ...), '' when the cells had none. */
  unit: string;
  values: Float64Array;
  /** How many values are NaN (missing-value cells, or steps with no sample). */
  missing: number;
}

/**
 * Metrics read from one source, columnar like uPlot's data: one x array shared by every series.
 * timeMs holds epoch milliseconds in ascending order, or is null when the source has no timestamps
 * (x is then the sample index).
 */
export interface Dataset {
  timeMs: Float64Array | null;
  series: Series[];
}
