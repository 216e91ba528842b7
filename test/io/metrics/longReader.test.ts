import { describe, expect, it } from 'vitest';
import { csvParser } from '../../../src/io/csv/csvParser';
import { detectLayout } from '../../../src/io/metrics/detectLayout';
import { longReader } from '../../../src/io/metrics/longReader';
import { skipLog } from '../../../src/io/metrics/skipLog';

/** Reads `text` as detectLayout lays it out (header assumed). */
function read(text: string) {
  const rows = csvParser(',').push(text).rows;
  const found = detectLayout(rows, 'wide', {});
  if (!found.ok) throw new Error(found.reason);
  const log = skipLog();
  const reader = longReader(found.layout, log);
  reader.add(csvParser(',').push(text), 1);
  const result = reader.finish();
  if (!result.ok) throw new Error(result.reason);
  return { ...result, skipped: log.entries() };
}

describe('longReader', () => {
  it('gives one series per host and metric, labelled by host, on the common grid', () => {
    const { dataset, rowsRead } = read(
      'time,host,metric,value\n' +
        '2024-03-01T00:00:00Z,a,cpu,1\n2024-03-01T00:00:00Z,b,cpu,3\n' +
        '2024-03-01T00:01:00Z,a,cpu,5\n2024-03-01T00:01:00Z,a,mem,7\n',
    );
    expect(rowsRead).toBe(4);
    expect(dataset.timeMs).toEqual(Float64Array.of(1709251200000, 1709251260000));
    expect(dataset.series).toEqual([
      {
        name: 'cpu{host="a"}',
        metric: 'cpu',
        labels: { host: 'a' },
        unit: '',
        values: Float64Array.of(1, 5),
        missing: 0,
      },
      {
        name: 'cpu{host="b"}',
        metric: 'cpu',
        labels: { host: 'b' },
        unit: '',
        values: Float64Array.of(3, NaN),
        missing: 1,
      },
      {
        name: 'mem{host="a"}',
        metric: 'mem',
        labels: { host: 'a' },
        unit: '',
        values: Float64Array.of(NaN, 7),
        missing: 1,
      },
    ]);
  });

  it('puts hosts sampled a little apart on one regular grid', () => {
    const { dataset } = read(
      'time,host,cpu\n' +
        '2024-03-01T00:00:00Z,a,1\n2024-03-01T00:01:00Z,a,2\n2024-03-01T00:02:00Z,a,3\n' +
        '2024-03-01T00:03:00Z,a,4\n2024-03-01T00:00:00Z,b,5\n2024-03-01T00:02:01Z,b,6\n',
    );
    expect(dataset.timeMs).toEqual(
      Float64Array.from([0, 1, 2, 3], (k) => 1709251200000 + k * 60_000),
    );
    expect(dataset.series.map((s) => [s.name, ...s.values])).toEqual([
      ['cpu{host="a"}', 1, 2, 3, 4],
      ['cpu{host="b"}', 5, NaN, 6, NaN],
    ]);
  });

  it('makes each value column of timestamp,host,cpu,mem a metric', () => {
    const { dataset } = read(
      'ts,host,cpu,mem\n2024-03-01T00:00:00Z,a,1,2\n2024-03-01T00:00:00Z,b,3,4\n',
    );
    expect(dataset.series.map((s) => [s.metric, s.labels.host, ...s.values])).toEqual([
      ['cpu', 'a', 1],
      ['mem', 'a', 2],
      ['cpu', 'b', 3],
      ['mem', 'b', 4],
    ]);
  });

  it('without a host column gives one series per metric, with no labels', () => {
    const { dataset } = read('time,metric,value\n2024-03-01,cpu,1\n2024-03-02,mem,2\n');
    expect(dataset.series.map((s) => [s.name, s.labels, ...s.values])).toEqual([
      ['cpu', {}, 1, NaN],
      ['mem', {}, NaN, 2],
    ]);
  });

  it('adds label columns to the labels by their header names', () => {
    const { dataset } = read('time,host,dc,metric,value\n2024-03-01,a,eu,cpu,1\n');
    expect(dataset.series.map(({ name, metric, labels }) => ({ name, metric, labels }))).toEqual([
      { name: 'cpu{dc="eu",host="a"}', metric: 'cpu', labels: { host: 'a', dc: 'eu' } },
    ]);
  });

  it('reads a metric cell written in Prometheus notation into metric and labels', () => {
    const { dataset } = read('time,metric,value\n2024-03-01,"up{job=""node""}",1\n');
    expect(dataset.series.map(({ name, metric, labels }) => ({ name, metric, labels }))).toEqual([
      { name: 'up{job="node"}', metric: 'up', labels: { job: 'node' } },
    ]);
  });

  it('joins the metric cell and the value column name when there are several value columns', () => {
    const { dataset } = read('time,host,metric,min,max\n2024-03-01,a,lat,1,9\n');
    expect(dataset.series.map((s) => s.metric)).toEqual(['lat/min', 'lat/max']);
  });

  it('leaves out rows with a bad field count, timestamp or value, and counts duplicates', () => {
    const { rowsRead, skipped, duplicateTimestamps } = read(
      'time,host,metric,value\n2024-03-01,a,cpu\nsoon,a,cpu,1\n2024-03-01,a,cpu,x\n' +
        '2024-03-01,a,cpu,1\n2024-03-01,a,cpu,2\n',
    );
    expect(rowsRead).toBe(2);
    expect(duplicateTimestamps).toBe(1);
    expect(skipped.map(({ reason, examples }) => [reason, examples[0].line])).toEqual([
      ['field-count', 2],
      ['non-numeric', 4],
      ['bad-timestamp', 3],
    ]);
  });
});
