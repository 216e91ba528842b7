import { longRecords } from './longRecords';
import type { MetricsReader } from './metricsReader';
import { parseIsoTimestamp } from './parseIsoTimestamp';
import { pivotRecords } from './pivotRecords';
import { readCell } from './readCell';
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

/** Where things are in one table of the response, from its header and annotations. */
interface Table {
  width: number;
  time: number;
  measurement: number;
  field: number;
  host: number;
  /** `_value`, or in a pivoted table every column whose #datatype is numeric. */
  values: number[];
  /** Tags other than the host, as `name=`, with their columns. */
  tags: { prefix: string; column: number }[];
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

function tableOf(names: string[], datatypes: string[] | null, defaults: string[] | null): Table {
  const valueColumn = names.indexOf('_value');
  const values =
    valueColumn >= 0
      ? [valueColumn]
      : names
          .map((_, j) => j)
          .filter((j) => !RESERVED.has(names[j]) && NUMERIC_TYPES.has(datatypes?.[j] ?? ''));
  const host = names.findIndex((name) => HOST_TAG.test(name));
  const tags = names
    .map((name, column) => ({ prefix: `${name}=`, column }))
    .filter(
      ({ column }) => !RESERVED.has(names[column]) && column !== host && !values.includes(column),
    );
  return {
    width: names.length,
    time: names.indexOf('_time'),
    measurement: names.indexOf('_measurement'),
    field: names.indexOf('_field'),
    host,
    values,
    tags,
    names,
    defaults: names.map((_, j) => defaults?.[j] ?? ''),
    error: names.indexOf('error'),
  };
}

/**
 * Reads InfluxDB 2's annotated CSV (Flux query results): `#group`, `#datatype` and `#default`
 * rows, then a header `,result,table,_start,_stop,_time,_value,_field,_measurement,<tags>`, then
 * data; several tables may follow, each with its own annotations and header. Empty cells take the
 * column's #default. Each sample's series is named `measurement/field` plus its tags as
 * `{tag=value,...}`; a pivoted table (no _value) gives one series per numeric column. When a
 * table has a host-like tag (host, hostname, instance, server, node, machine) the result is a farm
 * (see pivotRecords); rows of tables without one then belong to the host '(none)'. Rows are left
 * out for a wrong field count, a _time that is not RFC 3339, or a value that is not a number.
 * An error response (an `error` column) gives its message as the reason.
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
  const metrics: number[] = [];
  let row = new Float64Array(0);

  function metricName(cell: (j: number) => string, t: Table, valueColumn: number): string {
    const parts = [t.measurement >= 0 ? cell(t.measurement) : ''];
    parts.push(
      t.field >= 0 && t.names[valueColumn] === '_value' ? cell(t.field) : t.names[valueColumn],
    );
    const name = parts.filter((part) => part !== '').join('/');
    if (t.tags.length === 0) return name;
    return `${name}{${t.tags.map(({ prefix, column }) => prefix + cell(column)).join(',')}}`;
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
          hosted ||= table.host >= 0;
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
          metrics[k] = records.metricOf(metricName(cell, t, t.values[k]));
          if (!readCell(cell(t.values[k]), records.units, metrics[k], row, k)) {
            log.skip('non-numeric', batch, i);
            continue rows;
          }
        }
        const host = records.hostOf(t.host >= 0 ? cell(t.host) : '(none)');
        for (let k = 0; k < t.values.length; k++) records.push(timeMs, host, metrics[k], row[k]);
        rowsRead++;
      }
    },

    finish() {
      if (rowsRead === 0 && error !== null) {
        return { ok: false, reason: `InfluxDB returned an error instead of data: ${error}` };
      }
      const pivot = pivotRecords(records, { hasTime: true, farm: hosted });
      return { ok: true, ...pivot, rowsRead };
    },
  };
}
