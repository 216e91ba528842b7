import { openCsv } from './csv/openCsv';
import { type ColumnRole, rolesOf } from './metrics/columnRoles';
import { detectFormat } from './metrics/detectFormat';
import { detectLayout, isEpochColumn, SAMPLE_ROWS } from './metrics/detectLayout';
import type { Layout } from './metrics/layout';
import { parseQuantity } from './metrics/parseQuantity';
import { timeParser } from './metrics/timeParser';
import { sampleShape, type SampleShape } from './metrics/sampleShape';
import { prometheusPlan } from './prometheus/readPrometheus';
import type { ReadOptions } from './readMetrics';
import type { MetricsFormat } from './readReport';

/** A table-shaped file's first rows and how they would be read: what the column-mapping step shows. */
export interface FilePreview {
  format: MetricsFormat;
  delimiter: string;
  header: boolean;
  /** The file's first line as written (after a `sep=` line): the key a mapping is remembered by. */
  firstLine: string;
  /** One name per column: the header's (made unique) or 'column N'. */
  names: string[];
  /** The first PREVIEW_ROWS data rows, cells as written (cut to PREVIEW_CHARS). */
  rows: string[][];
  /**
   * The roles proposed for the columns: those detection reads them in, except that in a file
   * without a recognised time column, a column of epoch-like numbers is proposed as the time.
   */
  roles: ColumnRole[];
  /** The unit each column's cells carry ('41.2%' -> '%', '350 ms' -> 's'); '' for none. */
  cellUnits: string[];
  /** Why detection was unsure, one sentence each; empty when nothing needs a person to check. */
  doubts: string[];
  /** What the sampled rows read as with these roles: hosts × metrics, and series. */
  shape: SampleShape;
}

/**
 * What inspectMetrics found: a preview of a CSV table; null for a file with its own fixed layout
 * (Prometheus, InfluxDB annotated CSV), which has nothing to map; or why the file cannot be read.
 */
export type InspectOutcome =
  { ok: true; preview: FilePreview | null } | { ok: false; reason: string };

export const PREVIEW_ROWS = 8;
const PREVIEW_CHARS = 80;

/** The first unit a column's cells carry, '' when none does. */
function cellUnit(cells: readonly string[]): string {
  for (const cell of cells) {
    const quantity = parseQuantity(cell);
    if (quantity !== null) return quantity.unit;
  }
  return '';
}

const quoted = (names: readonly string[], columns: readonly number[]) =>
  columns.map((j) => `"${names[j]}"`).join(', ');

/** Why a person should check `layout`, detected from `sample` without the mapping step's help. */
function doubtsAbout(layout: Layout, sample: string[][]): string[] {
  const { names, time, host, metric, labels } = layout;
  const doubts: string[] = [];
  if (!layout.header && (time === null || labels.length > 0)) {
    doubts.push('The first row does not look like a header, so the columns are numbered.');
  }
  if (time === null) {
    doubts.push(
      'No column holds timestamps that could be recognised: choose the time column, or give the sampling interval (else x is the sample index).',
    );
  }
  if (labels.length > 0 && host < 0 && metric < 0) {
    doubts.push(
      `Text column${labels.length > 1 ? 's' : ''} ${quoted(names, labels)}: which is the host and which names the metric?`,
    );
  }
  const data = layout.header ? sample.slice(1) : sample;
  const otherTimes = names
    .map((_, j) => j)
    .filter(
      (j) =>
        j !== time?.index &&
        timeParser(
          data.map((row) => row[j] ?? ''),
          false,
        ),
    );
  if (time !== null && otherTimes.length > 0) {
    doubts.push(
      `Columns ${quoted(names, [time.index, ...otherTimes])} all hold timestamps; "${names[time.index]}" is used.`,
    );
  }
  return doubts;
}

/**
 * Reads only the first rows of `input` (see SAMPLE_ROWS) and says how readMetrics would read it
 * with `options` (delimiter, header, format, columns): the layout as column roles, a preview of
 * the rows, and any doubts a person should settle in the column-mapping step. Without
 * options.columns the roles are detected; with them, checked against the sample rows (a time
 * column without timestamps, a value column of text, a second host: ok: false and why). Rows
 * further down can still fail to read; readMetrics reports those. Never reads the whole file.
 */
export async function inspectMetrics(
  input: Blob | string,
  options: Pick<ReadOptions, 'delimiter' | 'header' | 'format' | 'columns'> = {},
): Promise<InspectOutcome> {
  if ((await prometheusPlan(input, options.format)) !== null) return { ok: true, preview: null };
  const opened = await openCsv(input, options.delimiter);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  const { csv } = opened;
  const sample: string[][] = [];
  let firstLine: string | null = null;
  for await (const batch of csv.batches) {
    if (firstLine === null && batch.rows.length > 0) firstLine = batch.rawText(0);
    sample.push(...batch.rows.slice(0, SAMPLE_ROWS - sample.length));
    if (sample.length >= SAMPLE_ROWS) break;
  }
  if (firstLine === null) return { ok: false, reason: 'The file is empty.' };
  const detected = detectFormat(sample[0], firstLine, csv.sepLine);
  if ((options.format ?? detected) === 'influx-annotated') return { ok: true, preview: null };
  const found = detectLayout(sample, detected, options);
  if (!found.ok) return found;
  const { layout } = found;
  const data = layout.header ? sample.slice(1) : sample;
  const columnCells = layout.names.map((_, j) => data.map((row) => row[j] ?? ''));
  const roles = rolesOf(layout);
  const doubts = options.columns ? [] : doubtsAbout(layout, sample);
  const epoch =
    options.columns || layout.time
      ? undefined
      : layout.values.find((j) =>
          isEpochColumn(columnCells[j].filter((cell) => cell.trim() !== '')),
        );
  if (epoch !== undefined) {
    roles[epoch] = 'time';
    doubts.push(
      `Column "${layout.names[epoch]}" holds numbers that look like epoch timestamps: it is proposed as the time column.`,
    );
  }
  return {
    ok: true,
    preview: {
      format: layout.format,
      delimiter: csv.delimiter,
      header: layout.header,
      firstLine,
      names: layout.names,
      rows: data
        .slice(0, PREVIEW_ROWS)
        .map((row) => layout.names.map((_, j) => (row[j] ?? '').slice(0, PREVIEW_CHARS))),
      roles,
      cellUnits: columnCells.map(cellUnit),
      doubts,
      shape: sampleShape(roles, layout.names, data),
    },
  };
}
