import { describe, expect, it } from 'vitest';
import { csvParser } from '../../../src/io/csv/csvParser';
import type { Layout } from '../../../src/io/metrics/layout';
import { skipLog } from '../../../src/io/metrics/skipLog';
import { timeParser } from '../../../src/io/metrics/timeParser';
import { wideReader } from '../../../src/io/metrics/wideReader';

const layout: Layout = {
  format: 'wide',
  header: true,
  names: ['t', 'cpu', 'mem'],
  width: 3,
  time: { index: 0, parser: timeParser(['5'], true)! },
  host: -1,
  metric: -1,
  labels: [],
  values: [1, 2],
};

function read(text: string, at: Layout = layout) {
  const log = skipLog();
  const reader = wideReader(at, log);
  const parser = csvParser(',');
  reader.add(parser.push(text), 1);
  reader.add(parser.end(), 0);
  const result = reader.finish();
  if (!result.ok) throw new Error(result.reason);
  return { ...result, skipped: log.entries() };
}

describe('wideReader', () => {
  it('reads one Float64Array per value column and the time in epoch ms', () => {
    const { dataset, rowsRead } = read('t,cpu,mem\n1,10,100\n2,20,200\n');
    expect(rowsRead).toBe(2);
    expect(dataset.timeMs).toEqual(Float64Array.of(1000, 2000));
    expect(dataset.series).toEqual([
      {
        name: 'cpu',
        metric: 'cpu',
        labels: {},
        unit: '',
        values: Float64Array.of(10, 20),
        missing: 0,
      },
      {
        name: 'mem',
        metric: 'mem',
        labels: {},
        unit: '',
        values: Float64Array.of(100, 200),
        missing: 0,
      },
    ]);
  });

  it('reads missing tokens as NaN and counts them per series', () => {
    const { dataset } = read('t,cpu,mem\n1,,NaN\n2,-,3\n');
    expect(dataset.series.map((s) => s.missing)).toEqual([2, 1]);
    expect([...dataset.series[1].values]).toEqual([NaN, 3]);
  });

  it('leaves out whole rows: field count first, then timestamp, then values', () => {
    const { dataset, rowsRead, skipped } = read('t,cpu,mem\nx,1\nx,1,2\n3,1,y\n4,5,6\n');
    expect(rowsRead).toBe(1);
    expect([...dataset.series[0].values]).toEqual([5]);
    expect(skipped).toEqual([
      { reason: 'field-count', count: 1, examples: [{ line: 2, text: 'x,1' }] },
      { reason: 'non-numeric', count: 1, examples: [{ line: 4, text: '3,1,y' }] },
      { reason: 'bad-timestamp', count: 1, examples: [{ line: 3, text: 'x,1,2' }] },
    ]);
  });

  it('sorts rows by time, stably, and counts repeated timestamps', () => {
    const { dataset, resorted, duplicateTimestamps } = read('t,cpu,mem\n3,3,0\n1,1,0\n3,4,0\n');
    expect(resorted).toBe(true);
    expect(duplicateTimestamps).toBe(1);
    expect([...dataset.series[0].values]).toEqual([1, 3, 4]);
  });

  it('keeps units per series, scaled to the base unit', () => {
    const { dataset } = read('t,cpu,mem\n1,50%,1 KiB\n2,60%,2 kB\n');
    expect(dataset.series.map((s) => [s.unit, ...s.values])).toEqual([
      ['%', 50, 60],
      ['B', 1024, 2000],
    ]);
  });

  it('without a time column gives timeMs null and keeps file order', () => {
    const noTime: Layout = { ...layout, time: null, names: ['a', 'b', 'c'], values: [0, 1, 2] };
    const { dataset, resorted } = read('a,b,c\n3,2,1\n1,2,3\n', noTime);
    expect(dataset.timeMs).toBeNull();
    expect(resorted).toBe(false);
    expect([...dataset.series[0].values]).toEqual([3, 1]);
  });

  it('reads a header in Prometheus notation into metric and labels, keeping it as the name', () => {
    const names = ['t', 'node_load1{instance="a:9100",job="node"}', 'plain'];
    const { dataset } = read('t,a,b\n1,2,3\n', { ...layout, names });
    expect(dataset.series.map(({ name, metric, labels }) => ({ name, metric, labels }))).toEqual([
      {
        name: 'node_load1{instance="a:9100",job="node"}',
        metric: 'node_load1',
        labels: { instance: 'a:9100', job: 'node' },
      },
      { name: 'plain', metric: 'plain', labels: {} },
    ]);
  });
});
