import type { Layout } from './layout';
import { longRecords } from './longRecords';
import type { MetricsReader } from './metricsReader';
import { pivotRecords } from './pivotRecords';
import { readCell } from './readCell';
import type { SkipLog } from './skipLog';

/**
 * Reads a long (tidy) layout: `timestamp, host, metric, value` (one sample per row) or
 * `timestamp, host, cpu, mem, io` (one per value column), with or without the host column, and
 * Grafana's `Series;Time;Value`. A sample's metric is named by its metric column's cell, or its
 * value column's name, or both joined by '/' when there are several value columns; other text
 * columns are appended as `{name=cell,...}`. With a host column the result is a farm (see
 * pivotRecords). Rows are left out, whole, for the same reasons and in the same order of checks
 * as in wideReader. A metric's unit is the one its cells carry, else layout.units' for the value
 * column it came from.
 */
export function longReader(layout: Layout, log: SkipLog): MetricsReader {
  const { width, names, header, host, metric, labels, values: columns } = layout;
  const records = longRecords();
  const timeIndex = layout.time?.index ?? -1;
  const parseTime = layout.time?.parser.parse;
  const rowNamed = metric >= 0 || labels.length > 0;
  const fixed = rowNamed ? [] : columns.map((j) => records.metricOf(names[j]));
  const metrics = new Int32Array(columns.length);
  const row = new Float64Array(columns.length);
  /** The value column (index into `columns`) each metric was first read from. */
  const columnOfMetric: number[] = [];
  let rowsRead = 0;

  function metricName(fields: string[], k: number): string {
    let name = metric >= 0 ? fields[metric].trim() : '';
    if (metric < 0 || columns.length > 1 || name === '') {
      name = name === '' ? names[columns[k]] : `${name}/${names[columns[k]]}`;
    }
    if (labels.length === 0) return name;
    const parts = labels.map((j) =>
      header ? `${names[j]}=${fields[j].trim()}` : fields[j].trim(),
    );
    return `${name}{${parts.join(',')}}`;
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
          metrics[k] = rowNamed ? records.metricOf(metricName(fields, k)) : fixed[k];
          columnOfMetric[metrics[k]] ??= k;
          if (!readCell(fields[columns[k]], records.units, metrics[k], row, k)) {
            log.skip('non-numeric', batch, i);
            continue rows;
          }
        }
        const h = host >= 0 ? records.hostOf(fields[host].trim()) : 0;
        for (let k = 0; k < columns.length; k++) records.push(t, h, metrics[k], row[k]);
        rowsRead++;
      }
    },

    finish() {
      records.units.forEach((unit, m) => {
        if (unit === '') records.units[m] = layout.units?.[columns[columnOfMetric[m]]] ?? '';
      });
      const pivot = pivotRecords(records, { hasTime: parseTime !== undefined, farm: host >= 0 });
      return { ok: true, ...pivot, rowsRead };
    },
  };
}
