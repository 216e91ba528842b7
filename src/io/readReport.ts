/** Prometheus's own files readMetrics knows; see readPrometheus for each. */
export type PrometheusFormat =
  'prometheus-json' | 'prometheus-text' | 'openmetrics' | 'promtool-dump';

/**
 * Line-by-line formats of other tools readMetrics knows: InfluxDB line protocol (Telegraf's
 * default output) and VictoriaMetrics' `/api/v1/export` JSON lines.
 */
export type LineFormat = 'influx-line' | 'victoriametrics-jsonl';

/** The layouts readMetrics knows; see readMetrics for each. */
export type MetricsFormat =
  | 'wide'
  | 'long'
  | 'grafana'
  | 'grafana-series-rows'
  | 'influx-annotated'
  | PrometheusFormat
  | LineFormat;

/** How the timestamps were read. */
export type TimeKind =
  | 'iso-zoned'
  | 'iso-local-as-utc'
  | 'epoch-s'
  | 'epoch-ms'
  | 'epoch-us'
  | 'epoch-ns'
  | 'index'
  | 'sampling-interval';

/** Why a row was left out. */
export type SkipReason = 'field-count' | 'non-numeric' | 'bad-timestamp';

/** The rows left out for one reason: how many, and the first five with their text. */
export interface SkippedRows {
  reason: SkipReason;
  count: number;
  /** 1-based physical line numbers; text as in the file, cut to 200 characters. */
  examples: { line: number; text: string }[];
}

/** The timestamp column and how its values were read. */
export interface TimeReport {
  /**
   * Its header name (or 'column N' in a file without a header); null when there is none. The
   * Prometheus formats have no columns: 'timestamp' for theirs.
   */
  column: string | null;
  kind: TimeKind;
  /** One sentence for people, e.g. "YYYY-MM-DD HH:mm:ss read as UTC (the file gives no zone)". */
  note: string;
}

/** What readMetrics detected and did, for showing next to the data. */
export interface ReadReport {
  format: MetricsFormat;
  /** The CSV field delimiter; '' for the Prometheus and line formats, which are not delimited. */
  delimiter: string;
  /** Whether row 1 was a header; false for the Prometheus and line formats. */
  header: boolean;
  time: TimeReport;
  /** Data rows read into the dataset. */
  rowsRead: number;
  /** Data rows left out; the sum of the counts in `skipped`. */
  rowsSkipped: number;
  skipped: SkippedRows[];
  /** NaN values per series name (the same as each series' `missing`). */
  missingValues: Record<string, number>;
  /** True when samples were not in time order and were sorted. */
  resorted: boolean;
  /** Samples sharing a timestamp with an earlier one (of the same series, for long layouts). */
  duplicateTimestamps: number;
  /**
   * What was left out of the file or interpreted, one sentence each: a table of strings left out,
   * a table of booleans read as 0/1, string fields of line protocol left out, timestamps read as
   * microseconds or nanoseconds. Empty when there is nothing to say.
   */
  notes: string[];
  bytesRead: number;
}
