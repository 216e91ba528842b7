import { describe, expect, it } from 'vitest';
import { longRecords } from '../../../src/io/metrics/longRecords';

describe('longRecords', () => {
  it('interns host and metric names in order of first appearance', () => {
    const records = longRecords();
    expect([records.hostOf('b'), records.hostOf('a'), records.hostOf('b')]).toEqual([0, 1, 0]);
    expect([records.metricOf('cpu'), records.metricOf('mem'), records.metricOf('cpu')]).toEqual([
      0, 1, 0,
    ]);
    expect(records.hostNames).toEqual(['b', 'a']);
    expect(records.metricNames).toEqual(['cpu', 'mem']);
  });

  it('starts every new metric with no unit', () => {
    const records = longRecords();
    records.metricOf('cpu');
    records.metricOf('mem');
    expect(records.units).toEqual(['', '']);
  });

  it('stores pushed samples column by column', () => {
    const records = longRecords();
    records.push(1000, 0, 1, 2.5);
    records.push(2000, 1, 0, NaN);
    expect(records).toMatchObject({
      timeMs: [1000, 2000],
      host: [0, 1],
      metric: [1, 0],
      value: [2.5, NaN],
    });
  });
});
