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
  it('pivots timestamp,host,metric,value into the farm and mean series', () => {
    const { dataset, rowsRead } = read(
      'time,host,metric,value\n' +
        '2024-03-01T00:00:00Z,a,cpu,1\n2024-03-01T00:00:00Z,b,cpu,3\n' +
        '2024-03-01T00:01:00Z,a,cpu,5\n2024-03-01T00:01:00Z,a,mem,7\n',
    );
    expect(rowsRead).toBe(4);
    expect(dataset.farm).toMatchObject({ names: ['a', 'b'], metricNames: ['cpu', 'mem'] });
    expect([...dataset.farm!.farm.data]).toEqual([1, NaN, 5, 7, 3, NaN, NaN, NaN]);
    expect(dataset.series.map((s) => [s.name, ...s.values])).toEqual([
      ['cpu', 2, 5],
      ['mem', NaN, 7],
    ]);
  });

  it('makes each value column of timestamp,host,cpu,mem a metric', () => {
    const { dataset } = read(
      'ts,host,cpu,mem\n2024-03-01T00:00:00Z,a,1,2\n2024-03-01T00:00:00Z,b,3,4\n',
    );
    expect(dataset.farm!.metricNames).toEqual(['cpu', 'mem']);
    expect(dataset.series.map((s) => [...s.values])).toEqual([[2], [3]]);
  });

  it('without a host column gives one series per metric and no farm', () => {
    const { dataset } = read('time,metric,value\n2024-03-01,cpu,1\n2024-03-02,mem,2\n');
    expect(dataset.farm).toBeUndefined();
    expect(dataset.series.map((s) => [s.name, ...s.values])).toEqual([
      ['cpu', 1, NaN],
      ['mem', NaN, 2],
    ]);
  });

  it('names metrics with label columns as {name=value}', () => {
    const { dataset } = read('time,host,dc,metric,value\n2024-03-01,a,eu,cpu,1\n');
    expect(dataset.farm!.metricNames).toEqual(['cpu{dc=eu}']);
  });

  it('joins the metric cell and the value column name when there are several value columns', () => {
    const { dataset } = read('time,host,metric,min,max\n2024-03-01,a,lat,1,9\n');
    expect(dataset.farm!.metricNames).toEqual(['lat/min', 'lat/max']);
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
