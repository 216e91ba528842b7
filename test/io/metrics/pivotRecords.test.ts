import { describe, expect, it } from 'vitest';
import { type LongRecords, longRecords } from '../../../src/io/metrics/longRecords';
import { pivotRecords } from '../../../src/io/metrics/pivotRecords';

/** Records from [time, host, metric, value] tuples. */
function recordsOf(samples: [number, string, string, number][]): LongRecords {
  const records = longRecords();
  for (const [t, host, metric, v] of samples) {
    records.push(t, records.hostOf(host), records.metricOf(metric), v);
  }
  return records;
}

describe('pivotRecords', () => {
  it('with farm, fills [hosts x steps x metrics] on the grid, NaN where no sample', () => {
    const records = recordsOf([
      [0, 'a', 'cpu', 1],
      [0, 'b', 'cpu', 3],
      [10, 'a', 'cpu', 2],
      [30, 'b', 'cpu', 4],
      [30, 'b', 'mem', 9],
    ]);
    const { dataset } = pivotRecords(records, { hasTime: true, farm: true });
    expect([...dataset.timeMs!]).toEqual([0, 10, 20, 30]);
    expect(dataset.farm!.farm.shape).toEqual([2, 4, 2]);
    // a: cpu 1 2 NaN NaN, mem all NaN; b: cpu 3 NaN NaN 4, mem NaN NaN NaN 9
    expect([...dataset.farm!.farm.data]).toEqual([
      1,
      NaN,
      2,
      NaN,
      NaN,
      NaN,
      NaN,
      NaN,
      3,
      NaN,
      NaN,
      NaN,
      NaN,
      NaN,
      4,
      9,
    ]);
    expect(dataset.farm).toMatchObject({
      names: ['a', 'b'],
      metricNames: ['cpu', 'mem'],
      time: { startMs: 0, stepMs: 10 },
    });
  });

  it('with farm, gives each metric the nanmean across hosts, NaN where every host is NaN', () => {
    const records = recordsOf([
      [0, 'a', 'cpu', 1],
      [0, 'b', 'cpu', 4],
      [10, 'b', 'cpu', 6],
      [30, 'a', 'cpu', 8],
    ]);
    const [cpu] = pivotRecords(records, { hasTime: true, farm: true }).dataset.series;
    expect(cpu).toEqual({
      name: 'cpu',
      unit: '',
      values: Float64Array.of(2.5, 6, NaN, 8),
      missing: 1,
    });
  });

  it('without farm, puts each metric on the sorted distinct timestamps', () => {
    const records = recordsOf([
      [20, '', 'cpu', 2],
      [5, '', 'cpu', 1],
      [5, '', 'mem', 7],
    ]);
    const { dataset, resorted } = pivotRecords(records, { hasTime: true, farm: false });
    expect([...dataset.timeMs!]).toEqual([5, 20]);
    expect(dataset.series.map((s) => [...s.values])).toEqual([
      [1, 2],
      [7, NaN],
    ]);
    expect(dataset.farm).toBeUndefined();
    expect(resorted).toBe(true);
  });

  it('counts samples landing on a filled cell as duplicates; the last one wins', () => {
    const records = recordsOf([
      [0, 'a', 'cpu', 1],
      [0, 'a', 'cpu', 2],
      [10, 'a', 'cpu', 3],
    ]);
    const pivot = pivotRecords(records, { hasTime: true, farm: true });
    expect(pivot.duplicateTimestamps).toBe(1);
    expect(pivot.resorted).toBe(false);
    expect([...pivot.dataset.farm!.farm.data]).toEqual([2, 3]);
  });

  it('without time, puts the k-th sample of each host and metric at step k', () => {
    const records = recordsOf([
      [NaN, 'a', 'cpu', 1],
      [NaN, 'b', 'cpu', 5],
      [NaN, 'a', 'cpu', 2],
    ]);
    const { dataset } = pivotRecords(records, { hasTime: false, farm: true });
    expect(dataset.timeMs).toBeNull();
    expect(dataset.farm!.time).toBeNull();
    expect([...dataset.farm!.farm.data]).toEqual([1, 2, 5, NaN]);
  });

  it('keeps the unit of each metric', () => {
    const records = recordsOf([[0, 'a', 'lat', 0.5]]);
    records.units[0] = 's';
    expect(pivotRecords(records, { hasTime: true, farm: true }).dataset.series[0].unit).toBe('s');
  });
});
