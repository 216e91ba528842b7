import { describe, expect, it } from 'vitest';
import { type LongRecords, longRecords } from '../../../src/io/metrics/longRecords';
import { pivotRecords } from '../../../src/io/metrics/pivotRecords';
import { seriesName } from '../../../src/model/seriesName';

/** Records from [time, host, metric, value] tuples, one series per (host, metric). */
function recordsOf(samples: [number, string, string, number][]): LongRecords {
  const records = longRecords();
  for (const [t, host, metric, v] of samples) {
    const labels: Record<string, string> = host === '' ? {} : { host };
    const s = records.seriesOf(`${host}/${metric}`, () => ({
      name: seriesName(metric, labels),
      metric,
      labels,
    }));
    records.push(t, s, v);
  }
  return records;
}

const rows = (pivot: ReturnType<typeof pivotRecords>) =>
  pivot.dataset.series.map((s) => [s.name, ...s.values]);

describe('pivotRecords', () => {
  it('with grid, puts every series on the regular grid, NaN where it has no sample', () => {
    const records = recordsOf([
      [0, 'a', 'cpu', 1],
      [0, 'b', 'cpu', 3],
      [10, 'a', 'cpu', 2],
      [30, 'b', 'cpu', 4],
      [30, 'b', 'mem', 9],
    ]);
    const pivot = pivotRecords(records, { hasTime: true, grid: true });
    expect([...pivot.dataset.timeMs!]).toEqual([0, 10, 20, 30]);
    expect(rows(pivot)).toEqual([
      ['cpu{host="a"}', 1, 2, NaN, NaN],
      ['cpu{host="b"}', 3, NaN, NaN, 4],
      ['mem{host="b"}', NaN, NaN, NaN, 9],
    ]);
  });

  it('keeps each series its metric, labels and count of missing values', () => {
    const records = recordsOf([
      [0, 'a', 'cpu', 1],
      [20, 'a', 'cpu', NaN],
    ]);
    const [cpu] = pivotRecords(records, { hasTime: true, grid: true }).dataset.series;
    expect(cpu).toEqual({
      name: 'cpu{host="a"}',
      metric: 'cpu',
      labels: { host: 'a' },
      unit: '',
      values: Float64Array.of(1, NaN),
      missing: 1,
    });
  });

  it('without grid, puts each series on the sorted distinct timestamps', () => {
    const records = recordsOf([
      [20, '', 'cpu', 2],
      [5, '', 'cpu', 1],
      [5, '', 'mem', 7],
    ]);
    const pivot = pivotRecords(records, { hasTime: true, grid: false });
    expect([...pivot.dataset.timeMs!]).toEqual([5, 20]);
    expect(rows(pivot)).toEqual([
      ['cpu', 1, 2],
      ['mem', 7, NaN],
    ]);
    expect(pivot.resorted).toBe(true);
  });

  it('counts samples landing on a filled cell as duplicates; the last one wins', () => {
    const records = recordsOf([
      [0, 'a', 'cpu', 1],
      [0, 'a', 'cpu', 2],
      [10, 'a', 'cpu', 3],
    ]);
    const pivot = pivotRecords(records, { hasTime: true, grid: true });
    expect(pivot.duplicateTimestamps).toBe(1);
    expect(pivot.resorted).toBe(false);
    expect(rows(pivot)).toEqual([['cpu{host="a"}', 2, 3]]);
  });

  it('without time, puts the k-th sample of each series at step k', () => {
    const records = recordsOf([
      [NaN, 'a', 'cpu', 1],
      [NaN, 'b', 'cpu', 5],
      [NaN, 'a', 'cpu', 2],
    ]);
    const pivot = pivotRecords(records, { hasTime: false, grid: true });
    expect(pivot.dataset.timeMs).toBeNull();
    expect(rows(pivot)).toEqual([
      ['cpu{host="a"}', 1, 2],
      ['cpu{host="b"}', 5, NaN],
    ]);
  });

  it('leaves out a series that never got a sample', () => {
    const records = recordsOf([[0, 'a', 'cpu', 1]]);
    records.seriesOf('only in a bad row', () => ({ name: 'x', metric: 'x', labels: {} }));
    expect(rows(pivotRecords(records, { hasTime: true, grid: false }))).toEqual([
      ['cpu{host="a"}', 1],
    ]);
  });

  it('keeps the unit of each series', () => {
    const records = recordsOf([[0, 'a', 'lat', 0.5]]);
    records.units[0] = 's';
    expect(pivotRecords(records, { hasTime: true, grid: true }).dataset.series[0].unit).toBe('s');
  });
});
