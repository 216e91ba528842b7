import { longRecords, type SeriesKey } from './longRecords';
import type { MetricsReader } from './metricsReader';
import { parseIsoTimestamp } from './parseIsoTimestamp';
import { pivotRecords } from './pivotRecords';
import { readCell } from './readCell';
import { seriesName } from '../../model/seriesName';
import type { SkipLog } from './skipLog';

/** Columns of Flux's CSV that are not tags. */
const RESERVED = new Set([
  '',
  'result',
  'table',
  '_start',
  '_stop',
  '_time',
  '_value',
  '_field',
  '_measurement',
]);
const NUMERIC_TYPES = new Set(['double', 'long', 'unsignedLong']);
const HOST_TAG = /^(?:host|hostname|instance|server|node|machine)$/i;
/** Flux's spellings of a boolean `_value` (strconv.ParseBool's). */
const BOOLEANS: ReadonlyMap<string, number> = new Map([
  ['true', 1],
  ['false', 0],
  ['TRUE', 1],
  ['FALSE', 0],
  ['True', 1],
  ['False', 0],
  ['t', 1],
  ['f', 0],
  ['T', 1],
  ['F', 0],
  ['1', 1],
  ['0', 0],
]);

/** How a table's values are read, from the #datatype of its value column. */
type ValueKind = 'number' | 'boolean' | 'text';

/** Where things are in one table of the response, from its header and annotations. */
interface Table {
  width: number;
  time: number;
  /** The `table` column (Flux's table id), or -1. */
  table: number;
  measurement: number;
  field: number;
  /** True when a tag is host-like (host, hostname, instance, server, node, machine). */
  hosted: boolean;
  /** `_value`, or in a pivoted table every column whose #datatype is numeric or boolean. */
  values: number[];
  /** How each of `values` is read. */
  kinds: ValueKind[];
  /** Tag columns (string columns that are neither reserved nor values): the series' labels. */
  tags: number[];
  names: string[];
  defaults: string[];
  /** The `error` column of an error response, or -1. */
  error: number;
}

/** True for a header row of Flux's CSV: it has result, table and _time or _value columns. */
export function isInfluxHeader(row: string[]): boolean {
  return (
    row.includes('result') &&
    row.includes('table') &&
    (row.includes('_time') || row.includes('_value'))
  );
}

function kindOf(datatype: string | undefined): ValueKind {
  if (datatype === undefined || datatype === '' || NUMERIC_TYPES.has(datatype)) return 'number';
  return datatype === 'boolean' || datatype === 'bool' ? 'boolean' : 'text';
}

function tableOf(names: string[], datatypes: string[] | null, defaults: string[] | null): Table {
  const valueColumn = names.indexOf('_value');
  const values =
    valueColumn >= 0
      ? [valueColumn]
      : names
          .map((_, j) => j)
          .filter((j) => !RESERVED.has(names[j]) && kindOf(datatypes?.[j] ?? 'string') !== 'text');
  const tags = names
    .map((_, j) => j)
    .filter(
      (j) =>
        !RESERVED.has(names[j]) &&
        !values.includes(j) &&
        (datatypes === null || datatypes[j] === 'string'),
    );
  return {
    width: names.length,
    time: names.indexOf('_time'),
    table: names.indexOf('table'),
    measurement: names.indexOf('_measurement'),
    field: names.indexOf('_field'),
    hosted: tags.some((j) => HOST_TAG.test(names[j])),
    values,
    kinds: values.map((j) => kindOf(datatypes?.[j])),
    tags,
    names,
    defaults: names.map((_, j) => defaults?.[j] ?? ''),
    error: names.indexOf('error'),
  };
}

/** `count` things, with an s when there are several: plural(2, 'table') is '2 tables'. */
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `names` quoted and joined: '"a", "b"'. */
const quoted = (names: Iterable<string>) => [...names].map((name) => `"${name}"`).join(', ');

/**
 * Reads InfluxDB 2's annotated CSV (Flux query results): `#group`, `#datatype` and `#default`
 * rows, then a header `,result,table,_start,_stop,_time,_value,_field,_measurement,<tags>`, then
 * data; several tables may follow, each with its own annotations and header. Empty cells take the
 * column's #default. Each (metric, tag set) is one series: its metric is
 * `<_measurement>_<_field>` (either alone when the other column is absent; a pivoted table, with
 * no _value, gives one series per numeric or boolean column, `<_measurement>_<column>`), its
 * labels the tags (string columns that are not Flux's own) by name. A table whose #datatype says
 * boolean is read as 0 (false) and 1 (true); a table of strings (or any other non-numeric type)
 * is left out, rows and all, and each of these gets a note. When a table has a host-like tag
 * (host, hostname, instance, server, node, machine), samples go on a regular grid so the hosts
 * line up (see timeAxis); else on the distinct timestamps. Rows are left out for a wrong field
 * count, a _time that is not RFC 3339, or a value that is not a number. An error response (an
 * `error` column) gives its message as the reason.
 */
export function influxReader(log: SkipLog): MetricsReader {
  const records = longRecords();
  let datatypes: string[] | null = null;
  let defaults: string[] | null = null;
  let inAnnotations = false;
  let table: Table | null = null;
  let hosted = false;
  let error: string | null = null;
  let rowsRead = 0;
  const series: number[] = [];
  let row = new Float64Array(0);
  /** Tables (by their `table` cell) of strings left out and of booleans read, with their metrics. */
  const textTables = new Set<string>();
  const textMetrics = new Set<string>();
  const booleanTables = new Set<string>();
  const booleanMetrics = new Set<string>();

  function metricOf(cell: (j: number) => string, t: Table, valueColumn: number): string {
    const parts = [t.measurement >= 0 ? cell(t.measurement) : ''];
    parts.push(
      t.field >= 0 && t.names[valueColumn] === '_value' ? cell(t.field) : t.names[valueColumn],
    );
    return parts.filter((part) => part !== '').join('_');
  }

  function keyOf(cell: (j: number) => string, t: Table, valueColumn: number): SeriesKey {
    const metric = metricOf(cell, t, valueColumn);
    const labels: Record<string, string> = {};
    for (const j of t.tags) if (cell(j) !== '') labels[t.names[j]] = cell(j);
    return { name: seriesName(metric, labels), metric, labels };
  }

  function idOf(cell: (j: number) => string, t: Table, valueColumn: number): string {
    let id = t.names[valueColumn];
    if (t.measurement >= 0) id += `\u0000${cell(t.measurement)}`;
    if (t.field >= 0) id += `\u0000${cell(t.field)}`;
    for (const j of t.tags) id += `\u0000${t.names[j]}\u0000${cell(j)}`;
    return id;
  }

  return {
    add(batch, from) {
      const { rows } = batch;
      rows: for (let i = from; i < rows.length; i++) {
        const fields = rows[i];
        if (fields[0].startsWith('#')) {
          if (!inAnnotations) datatypes = defaults = null;
          inAnnotations = true;
          if (fields[0] === '#datatype') datatypes = fields;
          if (fields[0] === '#default') defaults = fields;
          continue;
        }
        if (inAnnotations || table === null || isInfluxHeader(fields)) {
          table = tableOf(fields, datatypes, defaults);
          hosted ||= table.hosted;
          inAnnotations = false;
          continue;
        }
        const t = table;
        if (t.error >= 0) {
          error ??= fields[t.error];
          continue;
        }
        if (fields.length !== t.width) {
          log.skip('field-count', batch, i);
          continue;
        }
        const cell = (j: number) => (fields[j] === '' ? t.defaults[j] : fields[j]);
        if (t.values.length === 1 && t.kinds[0] === 'text') {
          textTables.add(t.table >= 0 ? cell(t.table) : '');
          textMetrics.add(metricOf(cell, t, t.values[0]));
          continue;
        }
        const timeMs = t.time >= 0 ? parseIsoTimestamp(cell(t.time)) : NaN;
        if (timeMs !== timeMs) {
          log.skip('bad-timestamp', batch, i);
          continue;
        }
        if (t.values.length === 0) {
          log.skip('non-numeric', batch, i);
          continue;
        }
        if (row.length < t.values.length) row = new Float64Array(t.values.length);
        for (let k = 0; k < t.values.length; k++) {
          const j = t.values[k];
          series[k] = records.seriesOf(idOf(cell, t, j), () => keyOf(cell, t, j));
          if (t.kinds[k] === 'boolean') {
            const text = cell(j).trim();
            const value = text === '' ? NaN : BOOLEANS.get(text);
            if (value === undefined) {
              log.skip('non-numeric', batch, i);
              continue rows;
            }
            row[k] = value;
            booleanTables.add(`${t.table >= 0 ? cell(t.table) : ''}\u0000${j}`);
            booleanMetrics.add(records.keys[series[k]].metric);
          } else if (!readCell(cell(j), records.units, series[k], row, k)) {
            log.skip('non-numeric', batch, i);
            continue rows;
          }
        }
        for (let k = 0; k < t.values.length; k++) records.push(timeMs, series[k], row[k]);
        rowsRead++;
      }
    },

    finish() {
      if (rowsRead === 0 && error !== null) {
        return { ok: false, reason: `InfluxDB returned an error instead of data: ${error}` };
      }
      const notes: string[] = [];
      if (booleanTables.size > 0) {
        notes.push(
          `${plural(booleanTables.size, 'table')} of booleans (${quoted(booleanMetrics)}) read as 0 (false) and 1 (true).`,
        );
      }
      if (textTables.size > 0) {
        notes.push(
          `${plural(textTables.size, 'table')} of strings (${quoted(textMetrics)}) left out: only numbers and booleans are read.`,
        );
      }
      const pivot = pivotRecords(records, { hasTime: true, grid: hosted });
      return { ok: true, ...pivot, rowsRead, notes };
    },
  };
}
