import type { MetricsFormat } from '../readReport';
import { isInfluxHeader } from './influxReader';

const INFLUX_ANNOTATION = /^#(?:group|datatype|default)$/;
/** Grafana writes every header cell quoted, the time column's first, as "Time". */
const GRAFANA_HEADER = /^"Time"(?:[,;\t]|$)/;

/**
 * The format of a file from its first row (`first`, and that row's text `firstLine`): InfluxDB's
 * annotated CSV (#group, #datatype or #default first, or a result,table,...,_time,_value header);
 * Grafana's series-as-rows (`Series;Time;Value`); Grafana's Inspect > Data CSV (a `sep=` first
 * line or a header starting with a quoted "Time"); else a plain table, 'wide' (detectLayout makes
 * it 'long' when it has text columns).
 */
export function detectFormat(first: string[], firstLine: string, sepLine: boolean): MetricsFormat {
  if (INFLUX_ANNOTATION.test(first[0]) || isInfluxHeader(first)) return 'influx-annotated';
  const cells = first.map((cell) => cell.trim().toLowerCase());
  if (cells.join('\n') === 'series\ntime\nvalue') return 'grafana-series-rows';
  if (sepLine || GRAFANA_HEADER.test(firstLine)) return 'grafana';
  return 'wide';
}
