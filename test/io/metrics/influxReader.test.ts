import { describe, expect, it } from 'vitest';
import { csvParser } from '../../../src/io/csv/csvParser';
import { influxReader, isInfluxHeader } from '../../../src/io/metrics/influxReader';
import { skipLog } from '../../../src/io/metrics/skipLog';

function read(text: string) {
  const log = skipLog();
  const reader = influxReader(log);
  reader.add(csvParser(',').push(text), 0);
  return { result: reader.finish(), skipped: log.entries() };
}

const ANNOTATIONS =
  '#group,false,false,true,true,false,false,true,true\n' +
  '#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string,string\n' +
  '#default,_result,,,,,,,\n';
const HEADER = ',result,table,_start,_stop,_time,_value,_field,_measurement\n';
const START = '2024-03-01T00:00:00Z,2024-03-01T01:00:00Z';

describe('isInfluxHeader', () => {
  it('is true for a Flux header and false for data', () => {
    expect(isInfluxHeader(HEADER.trim().split(','))).toBe(true);
    expect(isInfluxHeader(['', '_result', '0', START])).toBe(false);
  });
});

describe('influxReader', () => {
  it('names series <measurement>_<field> and puts them on the distinct timestamps', () => {
    const { result } = read(
      ANNOTATIONS +
        HEADER +
        `,,0,${START},2024-03-01T00:00:00Z,1.5,usage,cpu\n` +
        `,,0,${START},2024-03-01T00:00:10Z,2.5,usage,cpu\n`,
    );
    expect(result).toMatchObject({ ok: true, rowsRead: 2 });
    if (!result.ok) return;
    expect(result.dataset.timeMs).toEqual(Float64Array.of(1709251200000, 1709251210000));
    expect(result.dataset.series).toEqual([
      {
        name: 'cpu_usage',
        metric: 'cpu_usage',
        labels: {},
        unit: '',
        values: Float64Array.of(1.5, 2.5),
        missing: 0,
      },
    ]);
  });

  it('applies #default to empty cells and reads an empty _value as missing', () => {
    const { result } = read(
      ANNOTATIONS.replace('#default,_result,,,,,,,', '#default,_result,,,,,,,mem') +
        HEADER +
        `,,0,${START},2024-03-01T00:00:00Z,,used,\n`,
    );
    expect(result.ok && result.dataset.series[0]).toMatchObject({ name: 'mem_used', missing: 1 });
  });

  it('makes a pivoted table (no _value) one series per numeric #datatype column', () => {
    const { result } = read(
      '#datatype,string,long,dateTime:RFC3339,string,double,long\n' +
        ',result,table,_time,_measurement,usage,count\n' +
        ',,0,2024-03-01T00:00:00Z,cpu,0.5,3\n',
    );
    expect(result.ok && result.dataset.series.map((s) => [s.name, ...s.values])).toEqual([
      ['cpu_usage', 0.5],
      ['cpu_count', 3],
    ]);
  });

  it('reads a table of booleans as 0/1 and leaves a table of strings out, noting both', () => {
    const table = (type: string, id: number, field: string, values: string[]) =>
      `#datatype,string,long,dateTime:RFC3339,${type},string,string\n` +
      ',result,table,_time,_value,_field,_measurement\n' +
      values.map((v, k) => `,,${id},2024-03-01T00:0${k}:00Z,${v},${field},m\n`).join('');
    const { result, skipped } = read(
      table('double', 0, 'x', ['1.5']) +
        table('boolean', 1, 'up', ['true', 'false']) +
        table('string', 2, 'msg', ['"a,b"', 'c']),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(skipped).toEqual([]);
    expect(result.rowsRead).toBe(3);
    expect(result.dataset.series.map((s) => [s.name, ...s.values])).toEqual([
      ['m_x', 1.5, NaN],
      ['m_up', 1, 0],
    ]);
    expect(result.notes).toEqual([
      '1 table of booleans ("m_up") read as 0 (false) and 1 (true).',
      '1 table of strings ("m_msg") left out: only numbers and booleans are read.',
    ]);
  });

  it('leaves out rows with a wrong field count, a bad _time or a non-numeric value', () => {
    const { result, skipped } = read(
      ANNOTATIONS +
        HEADER +
        `,,0,${START},2024-03-01T00:00:00Z,1,usage\n` +
        `,,0,${START},yesterday,1,usage,cpu\n` +
        `,,0,${START},2024-03-01T00:00:00Z,true,usage,cpu\n` +
        `,,0,${START},2024-03-01T00:00:00Z,2,usage,cpu\n`,
    );
    expect(result).toMatchObject({ ok: true, rowsRead: 1 });
    expect(skipped.map(({ reason, examples }) => [reason, examples[0].line])).toEqual([
      ['field-count', 5],
      ['non-numeric', 7],
      ['bad-timestamp', 6],
    ]);
  });

  it('reads tables without annotations, each starting at its own header, tags as labels', () => {
    const { result } = read(
      HEADER +
        `,_result,0,${START},2024-03-01T00:00:00Z,1,a,m\n` +
        ',result,table,_time,_value,_field,_measurement,dc\n' +
        ',_result,1,2024-03-01T00:00:00Z,2,b,m,eu\n',
    );
    expect(result.ok && result.dataset.series.map((s) => [s.name, s.metric, s.labels])).toEqual([
      ['m_a', 'm_a', {}],
      ['m_b{dc="eu"}', 'm_b', { dc: 'eu' }],
    ]);
  });

  it('gives the message of an error response as the reason', () => {
    const { result } = read(
      '#datatype,string,string\n#group,true,true\n#default,,\n,error,reference\n,bucket "x" not found,\n',
    );
    expect(result).toEqual({
      ok: false,
      reason: 'InfluxDB returned an error instead of data: bucket "x" not found',
    });
  });
});
