import { describe, expect, it } from 'vitest';
import { sampleShape } from '../../../src/io/metrics/sampleShape';

describe('sampleShape', () => {
  it('reads a long table as hosts × the metric column’s values, in first-seen order', () => {
    const data = [
      ['1', 'db-0', 'memory', '40'],
      ['1', 'db-0', 'cpu', '20'],
      ['1', 'db-1', 'memory', '44'],
      ['1', 'db-1', 'cpu', '25'],
      ['2', 'db-0', '', '41'],
    ];
    expect(
      sampleShape(['time', 'host', 'metric', 'value'], ['t', 'host', 'metric', 'value'], data),
    ).toEqual({ rows: 5, hosts: 2, metrics: ['memory', 'cpu'], series: 4 });
  });

  it('reads a wide table as one metric per value column, without hosts', () => {
    expect(
      sampleShape(
        ['time', 'value', 'value', 'ignore'],
        ['t', 'cpu', 'mem', 'note'],
        [
          ['1', '5', '6', 'x'],
          ['2', '5', '6', 'y'],
        ],
      ),
    ).toEqual({ rows: 2, hosts: 0, metrics: ['cpu', 'mem'], series: 2 });
  });

  it('counts a series per label value and names metrics by column when a metric column has several value columns', () => {
    const shape = sampleShape(
      ['host', 'label', 'metric', 'value', 'value'],
      ['host', 'disk', 'metric', 'avg', 'max'],
      [
        ['a', 'sda', 'io', '1', '2'],
        ['a', 'sdb', 'io', '1', '2'],
      ],
    );
    expect(shape).toEqual({ rows: 2, hosts: 1, metrics: ['io avg', 'io max'], series: 4 });
  });
});
