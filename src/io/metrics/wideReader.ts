import type { Series } from '../dataset';
import { growingColumns } from './growingColumns';
import type { Layout } from './layout';
import type { MetricsReader } from './metricsReader';
import { readCell } from './readCell';
import type { SkipLog } from './skipLog';
import { parseSeriesCell } from './parseSeriesCell';
import { plainRowParser } from './plainRowParser';
import { sortByTime } from './sortByTime';

/**
 * The metric and labels of a wide column: those of its header when it is written in Prometheus's
 * notation (`node_load1{instance="a:9100",job="node"}`, as Grafana exports name series), else the
 * header as the metric, with no labels.
 */
function headerKey(header: string): Pick<Series, 'metric' | 'labels'> {
  return parseSeriesCell(header) ?? { metric: header, labels: {} };
}

/**
 * Reads a wide layout (a timestamp column, then one column per series) into one Float64Array per
 * series, named by its header (see headerKey for its metric and labels). A row is left out,
 * whole, when its field count differs from the layout's ('field-count'), its timestamp does not
 * parse ('bad-timestamp', checked first), or one of its value cells is neither a number nor a
 * missing-value token ('non-numeric'); so every row kept is complete. Missing-value cells become NaN and count in their series' `missing`. Rows out of time
 * order are sorted (stably), and repeated timestamps are counted and kept. A series' unit is the
 * one its cells carry, else layout.units' for its column. Without a time column but with
 * layout.sampling, a row's time is its position among the data rows (those left out count, so a
 * bad row leaves a gap rather than shifting the rows after it). Plain lines are read straight from
 * their bytes (see plainRowParser), to the same values. Columns grow in chunks (see
 * growingColumns), joined once at the end.
 */
export function wideReader(layout: Layout, log: SkipLog): MetricsReader {
  const { width, values: columns } = layout;
  const timeIndex = layout.time?.index ?? -1;
  const parseTime = layout.time?.parser.parse;
  const { sampling } = layout;
  const timed = parseTime !== undefined || sampling !== undefined;
  /** Timed by position: sampling applies only where there is no time column. */
  const sampled = parseTime === undefined ? sampling : undefined;
  /** Data rows seen, kept or not: a sampled row's position in time. */
  let position = 0;
  /** The value columns, then the time column: what row holds and read appends. */
  const read = growingColumns(columns.length + 1);
  const timeSlot = columns.length;
  const units = columns.map(() => '');
  const missing = columns.map(() => 0);
  const row = new Float64Array(columns.length + 1);
  const parsePlain = plainRowParser(layout);

  /** Appends `row`, read from the data row at `at` (its time from there when sampled). */
  function keep(at: number): void {
    if (sampled) row[timeSlot] = sampled.startMs + at * sampled.stepMs;
    for (let k = 0; k < timeSlot; k++) if (row[k] !== row[k]) missing[k]++;
    read.push(row);
  }

  return {
    add(batch, from) {
      const { rows } = batch;
      rows: for (let i = from; i < rows.length; i++) {
        const fields = rows[i];
        const at = position++;
        if (fields.length !== width) {
          log.skip('field-count', batch, i);
          continue;
        }
        const t = parseTime ? parseTime(fields[timeIndex]) : 0;
        if (t !== t) {
          log.skip('bad-timestamp', batch, i);
          continue;
        }
        for (let k = 0; k < columns.length; k++) {
          if (!readCell(fields[columns[k]], units, k, row, k)) {
            log.skip('non-numeric', batch, i);
            continue rows;
          }
        }
        row[timeSlot] = t;
        keep(at);
      }
    },

    row(bytes, start, end, delimiter) {
      const next = parsePlain(bytes, start, end, delimiter, row);
      if (next >= 0) keep(position++);
      return next;
    },

    finish() {
      const all = read.columns();
      const raw = all.slice(0, timeSlot);
      const sorted = timed ? sortByTime(all[timeSlot], raw) : null;
      const series: Series[] = columns.map((j, k) => ({
        name: layout.names[j],
        ...headerKey(layout.names[j]),
        unit: units[k] || (layout.units?.[j] ?? ''),
        values: sorted ? sorted.columns[k] : raw[k],
        missing: missing[k],
      }));
      return {
        ok: true,
        dataset: { timeMs: sorted ? sorted.timeMs : null, series },
        rowsRead: read.length,
        resorted: sorted?.resorted ?? false,
        duplicateTimestamps: sorted?.duplicates ?? 0,
      };
    },
  };
}
