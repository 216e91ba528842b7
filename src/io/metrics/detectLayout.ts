import type { MetricsFormat } from '../readReport';
import { type ColumnRole, columnsWith, roleProblem } from './columnRoles';
import type { Layout } from './layout';
import { parseIsoTimestamp } from './parseIsoTimestamp';
import { parseQuantity } from './parseQuantity';
import { parseValue } from './parseValue';
import { timeParser } from './timeParser';
import { uniqueNames } from './uniqueNames';

/** The overrides detectLayout honours (the same fields as readMetrics' ReadOptions). */
export interface LayoutOptions {
  format?: MetricsFormat;
  header?: boolean;
  timeColumn?: string | number | null;
  /** Every column's role, from the column-mapping step; overrides detection and timeColumn. */
  columns?: readonly ColumnRole[];
}

/** Rows looked at (header included) to detect the format, header, columns and timestamps. */
export const SAMPLE_ROWS = 51;

export type LayoutResult = { ok: true; layout: Layout } | { ok: false; reason: string };

const TIME_NAME = /^_?(?:time|timestamp|time_stamp|date|datetime|date_time|ts|epoch|unix_time)$/i;
const HOST_NAME = /^(?:host|hostname|host_name|server|instance|node|machine)$/i;
const METRIC_NAME = /^(?:metric|metric_name|__name__|name|series|measurement|field|_field)$/i;
/** Epoch s, ms, µs or ns between 2001 and 2100: a headerless first column of these is time. */
const EPOCH_RANGES = [
  [1e9, 4.1e9],
  [1e12, 4.1e12],
  [1e15, 4.1e15],
  [1e18, 4.1e18],
] as const;

/** A cell that is a number (with or without a unit) or a timestamp: evidence of a data row. */
function isData(cell: string): boolean {
  const v = parseValue(cell);
  if (v !== null) return !Number.isNaN(v);
  return parseQuantity(cell) !== null || !Number.isNaN(parseIsoTimestamp(cell.trim()));
}

/**
 * The first row is a header when it starts with no timestamp and one of its cells is not data
 * while the rows below hold data in that column (or, with no rows below, when a cell is not data
 * and not blank).
 */
function hasHeaderRow([first, ...rest]: string[][]): boolean {
  if (!Number.isNaN(parseIsoTimestamp(first[0].trim()))) return false;
  if (rest.length === 0) return first.some((cell) => !isData(cell) && parseValue(cell) === null);
  return first.some(
    (cell, j) => !isData(cell) && rest.some((row) => j < row.length && isData(row[j])),
  );
}

/** The most common field count among `rows`, the first on ties. */
function modalWidth(rows: string[][]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let best = rows[0].length;
  for (const [width, count] of counts) if (count > counts.get(best)!) best = width;
  return best;
}

/** True when every cell is a number of epoch s, ms, µs or ns of 2001-2100, none decreasing. */
export function isEpochColumn(cells: readonly string[]): boolean {
  const values = cells.map(parseValue);
  return (
    values.length > 0 &&
    EPOCH_RANGES.some(([lo, hi]) =>
      values.every((v, i) => v !== null && v >= lo && v <= hi && (i === 0 || v >= values[i - 1]!)),
    )
  );
}

/**
 * The timestamp column: the one asked for (by name or 0-based index; null for none); else the
 * first whose header name says time (time, timestamp, date, ts, _time, ...) and whose cells are
 * ISO 8601 or epoch numbers; else the first holding ISO 8601 text; else, without a header, a
 * first column of non-decreasing integers that are epoch s, ms, µs or ns of 2001-2100.
 */
function chooseTime(
  names: string[],
  columns: string[][],
  header: boolean,
  choice: string | number | null | undefined,
): Layout['time'] | string {
  if (choice === null) return null;
  if (choice !== undefined) {
    const index = typeof choice === 'number' ? choice : names.indexOf(choice);
    if (!(index >= 0 && index < names.length)) {
      return typeof choice === 'number'
        ? `The file has no column ${choice} (columns are numbered from 0 to ${names.length - 1}).`
        : `The file has no column named "${choice}".`;
    }
    const parser = timeParser(columns[index], true);
    return parser ? { index, parser } : `Column "${names[index]}" does not hold timestamps.`;
  }
  for (let j = 0; j < names.length; j++) {
    const parser = header && TIME_NAME.test(names[j]) ? timeParser(columns[j], true) : null;
    if (parser) return { index: j, parser };
  }
  for (let j = 0; j < names.length; j++) {
    const parser = timeParser(columns[j], false);
    if (parser) return { index: j, parser };
  }
  const parser = !header && isEpochColumn(columns[0]) ? timeParser(columns[0], true) : null;
  return parser ? { index: 0, parser } : null;
}

/** True when most non-blank cells are text that is not a number, a quantity or a missing token. */
function isTextColumn(cells: string[]): boolean {
  let text = 0;
  let numbers = 0;
  for (const cell of cells) {
    const value = parseValue(cell);
    if (value === null) {
      if (parseQuantity(cell) === null) text++;
      else numbers++;
    } else if (!Number.isNaN(value)) numbers++;
  }
  return text > numbers;
}

/**
 * The layout `roles` give a file whose columns are `names` (sample cells in `columns`): 'long'
 * when a host, metric or label column is among them, else the detected table format.
 */
function layoutFromRoles(
  roles: readonly ColumnRole[],
  names: string[],
  columns: string[][],
  base: Pick<Layout, 'format' | 'header' | 'width'>,
): LayoutResult {
  const problem = roleProblem(roles, names.length);
  if (problem) return { ok: false, reason: problem };
  const [timeIndex] = columnsWith(roles, 'time');
  let time: Layout['time'] = null;
  if (timeIndex !== undefined) {
    const parser = timeParser(columns[timeIndex], true);
    if (!parser)
      return { ok: false, reason: `Column "${names[timeIndex]}" does not hold timestamps.` };
    time = { index: timeIndex, parser };
  }
  const values = columnsWith(roles, 'value');
  const text = values.find((j) => isTextColumn(columns[j]));
  if (text !== undefined) {
    return {
      ok: false,
      reason: `Column "${names[text]}" holds text, not numbers: make it the host, the metric name, a label, or ignore it.`,
    };
  }
  const labels = columnsWith(roles, 'label');
  const host = columnsWith(roles, 'host')[0] ?? -1;
  const metric = columnsWith(roles, 'metric')[0] ?? -1;
  const long = host >= 0 || metric >= 0 || labels.length > 0;
  const format = long
    ? base.format === 'grafana-series-rows'
      ? base.format
      : 'long'
    : base.format === 'grafana'
      ? 'grafana'
      : 'wide';
  return {
    ok: true,
    layout: { ...base, format, names, time, host, metric, labels, values },
  };
}

/**
 * Works out the layout of a table-shaped file from its first rows (`sample`) and the format
 * detectFormat saw: whether row 1 is a header (unless options.header says), the field count,
 * the timestamp column (see chooseTime) and, for the other columns, which hold numbers and which
 * hold text. Text columns make a 'wide' or 'grafana' file 'long' (unless options.format says
 * which): a column named host, hostname, server, instance, node or machine is the host; one named
 * metric, name, series, measurement or field names the metric; others are labels. Timestamp
 * columns other than the one chosen are not read. options.columns
 * (the column-mapping step's roles) replaces all of this but the header. Fails with a reason when
 * the asked-for time column is missing or holds no timestamps, when no column holds numbers, or
 * when the roles do not fit the file (see roleProblem).
 */
export function detectLayout(
  sample: string[][],
  detected: MetricsFormat,
  options: LayoutOptions,
): LayoutResult {
  const format = options.format ?? detected;
  const header = options.header ?? hasHeaderRow(sample);
  const data = header ? sample.slice(1) : sample;
  const width = header ? sample[0].length : modalWidth(sample);
  const names = header
    ? uniqueNames(sample[0].map((name) => name.trim()))
    : Array.from({ length: width }, (_, j) => `column ${j + 1}`);
  const rows = data.filter((row) => row.length === width);
  const columns = names.map((_, j) => rows.map((row) => row[j]));
  if (options.columns)
    return layoutFromRoles(options.columns, names, columns, { format, header, width });
  const seriesRows = format === 'grafana-series-rows';
  const time = chooseTime(
    names,
    columns,
    header,
    seriesRows ? (options.timeColumn ?? 1) : options.timeColumn,
  );
  if (typeof time === 'string') return { ok: false, reason: time };

  // A column with no name and no values (from a delimiter ending every line) is no series, and
  // a second timestamp column (a period's end, say) is neither a series nor part of its name.
  const unused = (j: number) =>
    (header && sample[0][j].trim() === '' && columns[j].every((cell) => cell.trim() === '')) ||
    (time !== null && timeParser(columns[j], false) !== null);
  const others = names.map((_, j) => j).filter((j) => j !== time?.index && !unused(j));
  const tableLike = format === 'wide' || format === 'grafana';
  const keys = seriesRows
    ? others.slice(0, 1)
    : tableLike && options.format
      ? []
      : others.filter((j) => isTextColumn(columns[j]));
  const values = others.filter((j) => !keys.includes(j));
  if (values.length === 0) {
    return {
      ok: false,
      reason: 'The file has no numeric column: every column other than the timestamps holds text.',
    };
  }
  const named = (pattern: RegExp) =>
    header ? keys.find((j) => pattern.test(names[j])) : undefined;
  const host = seriesRows ? -1 : (named(HOST_NAME) ?? -1);
  const metric = seriesRows ? keys[0] : (named(METRIC_NAME) ?? -1);
  const labels = keys.filter((j) => j !== host && j !== metric);
  return {
    ok: true,
    layout: {
      format: tableLike && keys.length > 0 ? 'long' : format,
      header,
      names,
      width,
      time,
      host,
      metric,
      labels,
      values,
    },
  };
}
