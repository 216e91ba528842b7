import { describe, expect, it } from 'vitest';
import { longRecords, type SeriesKey } from '../../../src/io/metrics/longRecords';

const key = (name: string): SeriesKey => ({ name, metric: name, labels: {} });

describe('longRecords', () => {
  it('interns series by id in order of first appearance, describing each once', () => {
    const records = longRecords();
    let described = 0;
    const of = (id: string) => records.seriesOf(id, () => (described++, key(id)));
    expect([of('b'), of('a'), of('b')]).toEqual([0, 1, 0]);
    expect(records.keys.map((k) => k.name)).toEqual(['b', 'a']);
    expect(described).toBe(2);
  });

  it('makes two ids whose keys share a name one series', () => {
    const records = longRecords();
    expect(records.seriesOf('x\u0000', () => key('x'))).toBe(records.seriesOf('x', () => key('x')));
    expect(records.keys).toHaveLength(1);
  });

  it('starts every new series with no unit', () => {
    const records = longRecords();
    records.seriesOf('cpu', () => key('cpu'));
    records.seriesOf('mem', () => key('mem'));
    expect(records.units).toEqual(['', '']);
  });

  it('stores pushed samples column by column', () => {
    const records = longRecords();
    records.push(1000, 1, 2.5);
    records.push(2000, 0, NaN);
    expect(records).toMatchObject({ timeMs: [1000, 2000], series: [1, 0], value: [2.5, NaN] });
  });
});
