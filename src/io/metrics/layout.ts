import type { MetricsFormat } from '../readReport';
import type { TimeParser } from './timeParser';

/** Which column is what in a table-shaped file (every format but InfluxDB's). */
export interface Layout {
  format: MetricsFormat;
  header: boolean;
  /** One name per column: the header's (made unique) or 'column N'. */
  names: string[];
  /** Fields every data row must have. */
  width: number;
  time: { index: number; parser: TimeParser } | null;
  /** The host column of a long layout, or -1. */
  host: number;
  /** The column naming each row's metric in a long layout, or -1. */
  metric: number;
  /** Other text columns of a long layout: part of the metric's name. */
  labels: number[];
  /** Numeric columns. */
  values: number[];
  /**
   * A unit per column, from the column-mapping step, for value columns whose cells carry none
   * ('%', 'ms', 'B', 'B/s'); '' or absent: none given. A unit read from the cells wins.
   */
  units?: readonly string[];
  /**
   * For a layout without a time column: data row k (counting rows left out) was taken at
   * startMs + k * stepMs, from the column-mapping step's sampling interval.
   */
  sampling?: { startMs: number; stepMs: number };
}
