import { describe, expect, it } from 'vitest';
import { labelledSeries } from '../../../src/io/prometheus/labelledSeries';

const map = (entries: Record<string, string>) => new Map(Object.entries(entries));
const named = (name: string, labels: Record<string, string> = {}) =>
  map({ __name__: name, ...labels });

describe('labelledSeries', () => {
  it('gives one index per label set, whatever the order of the labels', () => {
    const series = labelledSeries();
    const a = series.seriesOf(map({ __name__: 'x', a: '1', b: '2' }));
    expect(series.seriesOf(map({ b: '2', a: '1', __name__: 'x' }))).toBe(a);
    expect(series.seriesOf(named('x', { a: '1' }))).not.toBe(a);
  });

  it('ignores labels with an empty value, as Prometheus does', () => {
    const series = labelledSeries();
    expect(series.seriesOf(named('x', { a: '' }))).toBe(series.seriesOf(named('x')));
  });

  it('names series with every label and puts them on the union of their times', () => {
    const series = labelledSeries();
    const a = series.seriesOf(named('a', { instance: 'srv-01' }));
    const b = series.seriesOf(named('b', { instance: 'srv-02' }));
    series.push(a, 1000, 1);
    series.push(b, 1500, 2);
    series.push(a, 2000, 3);
    expect(series.samples).toBe(3);
    const { dataset, resorted, duplicateTimestamps } = series.finish(1);
    expect(dataset.timeMs).toEqual(Float64Array.of(1000, 1500, 2000));
    expect(dataset.series.map((s) => [s.name, ...s.values])).toEqual([
      ['a{instance="srv-01"}', 1, NaN, 3],
      ['b{instance="srv-02"}', NaN, 2, NaN],
    ]);
    expect([resorted, duplicateTimestamps]).toEqual([false, 0]);
  });

  it('keeps a metric on two instances as two series, metric __name__ and the rest as labels', () => {
    const series = labelledSeries();
    const cpu1 = series.seriesOf(named('cpu', { instance: 'srv-01', job: 'n' }));
    const cpu2 = series.seriesOf(named('cpu', { instance: 'srv-02', job: 'n' }));
    const other = series.seriesOf(map({ job: 'n' }));
    series.push(cpu1, 0, 1);
    series.push(cpu1, 10, 2);
    series.push(cpu2, 0, 3);
    series.push(other, 10, 1);
    const { dataset } = series.finish(1);
    expect(dataset.timeMs).toEqual(Float64Array.of(0, 10));
    expect(dataset.series).toEqual([
      {
        name: 'cpu{instance="srv-01",job="n"}',
        metric: 'cpu',
        labels: { instance: 'srv-01', job: 'n' },
        unit: '',
        values: Float64Array.of(1, 2),
        missing: 0,
      },
      {
        name: 'cpu{instance="srv-02",job="n"}',
        metric: 'cpu',
        labels: { instance: 'srv-02', job: 'n' },
        unit: '',
        values: Float64Array.of(3, NaN),
        missing: 1,
      },
      {
        name: '{job="n"}',
        metric: '',
        labels: { job: 'n' },
        unit: '',
        values: Float64Array.of(NaN, 1),
        missing: 1,
      },
    ]);
  });

  it('turns seconds into milliseconds, rounded, with msPerUnit 1000', () => {
    const series = labelledSeries();
    series.push(series.seriesOf(named('x')), 1700000000.123, 1);
    expect(series.finish(1000).dataset.timeMs).toEqual(Float64Array.of(1700000000123));
  });

  it('puts the k-th sample of a series at step k when there is no time (msPerUnit null)', () => {
    const series = labelledSeries();
    const x = series.seriesOf(named('x'));
    series.push(x, NaN, 5);
    series.push(series.seriesOf(named('y')), NaN, 6);
    const { dataset } = series.finish(null);
    expect(dataset.timeMs).toBeNull();
    expect(dataset.series.map((s) => [s.name, ...s.values])).toEqual([
      ['x', 5],
      ['y', 6],
    ]);
  });

  it('counts a repeated timestamp of a series and reports samples out of order', () => {
    const series = labelledSeries();
    const x = series.seriesOf(named('x'));
    series.push(x, 20, 1);
    series.push(x, 10, 2);
    series.push(x, 10, 3);
    const { dataset, resorted, duplicateTimestamps } = series.finish(1);
    expect(dataset.series[0].values).toEqual(Float64Array.of(3, 1));
    expect([resorted, duplicateTimestamps]).toEqual([true, 1]);
  });
});
