import type { Layout } from './layout';
import { longRecords, type SeriesKey } from './longRecords';
import type { MetricsReader } from './metricsReader';
import { pivotRecords } from './pivotRecords';
import { readCell } from './readCell';
import { seriesName } from '../../model/seriesName';
import type { SkipLog } from './skipLog';
import { parseSeriesCell } from './parseSeriesCell';

/**
 * Reads a long (tidy) layout: `timestamp, host, metric, value` (one sample per row) or
 * `timestamp, host, cpu, mem, io` (one per value column), with or without the host column, and
 * Grafana's `Series;Time;Value`. Every (host, metric, labels) is one series: its metric is the
 * metric column's cell (read as Prometheus notation, `up{job="a"}`, when it is written so), or
 * the value column's name, or both joined by '/' when there are several value columns; its labels
 * are `host` (the host column's cell) and every label column by its name ('column N' without a
 * header), blank cells left out; its name is the metric with its labels (see seriesName). With a
 * host column the samples go on a regular grid so the hosts line up (see timeAxis), else on the
 * distinct timestamps. Rows are left out, whole, for the same reasons and in the same order of
 * checks as in wideReader. A series' unit is the one its cells carry, else layout.units' for the
 * value column it came from.
 */
export function longReader(layout: Layout, log: SkipLog): MetricsReader {
  const { width, names, host, metric, labels, values: columns } = layout;
  const records = longRecords();
  const timeIndex = layout.time?.index ?? -1;
  const parseTime = layout.time?.parser.parse;
  const series = new Int32Array(columns.length);
  const row = new Float64Array(columns.length);
  /** The value column (index into `columns`) each series was first read from. */
  const columnOfSeries: number[] = [];
  let rowsRead = 0;

  function keyOf(fields: string[], k: number): SeriesKey {
    const cell = metric >= 0 ? fields[metric].trim() : '';
    const parsed = parseSeriesCell(cell);
    let name = parsed ? parsed.metric : cell;
    if (metric < 0 || columns.length > 1 || cell === '') {
      name = name === '' ? names[columns[k]] : `${name}/${names[columns[k]]}`;
    }
    const own: Record<string, string> = {};
    const hostName = host >= 0 ? fields[host].trim() : '';
    if (hostName !== '') own.host = hostName;
    for (const j of labels) {
      const value = fields[j].trim();
      if (value !== '') own[names[j]] = value;
    }
    const all = parsed ? { ...parsed.labels, ...own } : own;
    return { name: seriesName(name, all), metric: name, labels: all };
  }

  function idOf(fields: string[], k: number): string {
    let id = `${k}`;
    if (metric >= 0) id += `\u0000${fields[metric]}`;
    if (host >= 0) id += `\u0000${fields[host]}`;
    for (const j of labels) id += `\u0000${fields[j]}`;
    return id;
  }

  return {
    add(batch, from) {
      const { rows } = batch;
      rows: for (let i = from; i < rows.length; i++) {
        const fields = rows[i];
        if (fields.length !== width) {
          log.skip('field-count', batch, i);
          continue;
        }
        const t = parseTime ? parseTime(fields[timeIndex]) : NaN;
        if (parseTime && t !== t) {
          log.skip('bad-timestamp', batch, i);
          continue;
        }
        for (let k = 0; k < columns.length; k++) {
          series[k] = records.seriesOf(idOf(fields, k), () => keyOf(fields, k));
          columnOfSeries[series[k]] ??= k;
          if (!readCell(fields[columns[k]], records.units, series[k], row, k)) {
            log.skip('non-numeric', batch, i);
            continue rows;
          }
        }
        for (let k = 0; k < columns.length; k++) records.push(t, series[k], row[k]);
        rowsRead++;
      }
    },

    finish() {
      records.units.forEach((unit, s) => {
        if (unit === '') records.units[s] = layout.units?.[columns[columnOfSeries[s]]] ?? '';
      });
      const pivot = pivotRecords(records, { hasTime: parseTime !== undefined, grid: host >= 0 });
      return { ok: true, ...pivot, rowsRead };
    },
  };
}
