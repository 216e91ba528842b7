import { describe, expect, it } from 'vitest';
import { detectLayout, type LayoutOptions } from '../../../src/io/metrics/detectLayout';
import type { MetricsFormat } from '../../../src/io/readReport';

const rowsOf = (text: string) => text.split('\n').map((line) => line.split(','));

function layoutOf(text: string, options: LayoutOptions = {}, format: MetricsFormat = 'wide') {
  const result = detectLayout(rowsOf(text), format, options);
  if (!result.ok) throw new Error(result.reason);
  const { time, ...rest } = result.layout;
  return { ...rest, time: time && { index: time.index, kind: time.parser.kind } };
}

describe('detectLayout', () => {
  it('reads a NAB-style wide file: header, time column 0, one value column', () => {
    expect(layoutOf('timestamp,value\n2014-04-01 00:00:00,20.5\n2014-04-01 00:05:00,21')).toEqual({
      format: 'wide',
      header: true,
      names: ['timestamp', 'value'],
      width: 2,
      time: { index: 0, kind: 'iso-local-as-utc' },
      host: -1,
      metric: -1,
      labels: [],
      values: [1],
    });
  });

  it('sees no header when row 1 is data, and names columns by position', () => {
    const layout = layoutOf('2014-04-01T00:00:00Z,1,2\n2014-04-01T00:05:00Z,3,4');
    expect(layout).toMatchObject({ header: false, names: ['column 1', 'column 2', 'column 3'] });
    expect(layout.values).toEqual([1, 2]);
  });

  it('sees a header when a row-1 cell is text over numbers, even with no time column', () => {
    expect(layoutOf('cpu,mem\n1,2\n3,4')).toMatchObject({
      header: true,
      time: null,
      values: [0, 1],
    });
  });

  it('takes the width from the most common field count without a header', () => {
    expect(layoutOf('1,2\n3,4,5\n6,7\n8,9').width).toBe(2);
  });

  it('finds a time column by name with epoch numbers, anywhere', () => {
    expect(layoutOf('cpu,ts\n1,1392388200\n2,1392388500').time).toEqual({
      index: 1,
      kind: 'epoch-s',
    });
  });

  it('does not take a numeric column for time unless its name says so', () => {
    expect(layoutOf('id,value\n1392388200,1\n1392388500,2').time).toBeNull();
  });

  it('takes a headerless first column of epoch numbers from 2001-2100 for time', () => {
    expect(layoutOf('1392388200000,1\n1392388500000,2').time).toEqual({
      index: 0,
      kind: 'epoch-ms',
    });
    expect(layoutOf('5,1\n6,2').time).toBeNull();
  });

  it('makes a file with a host and a metric column long', () => {
    const layout = layoutOf('timestamp,host,metric,value\n2024-03-01T00:00:00Z,a,cpu,1');
    expect(layout).toMatchObject({ format: 'long', host: 1, metric: 2, labels: [], values: [3] });
  });

  it('makes a file with a host and several value columns long', () => {
    const layout = layoutOf('timestamp,server,cpu,mem\n2024-03-01T00:00:00Z,a,1,2');
    expect(layout).toMatchObject({ format: 'long', host: 1, metric: -1, values: [2, 3] });
  });

  it('treats other text columns as labels', () => {
    const layout = layoutOf('time,dc,cpu\n2024-03-01T00:00:00Z,eu,1\n2024-03-01T00:00:00Z,us,2');
    expect(layout).toMatchObject({
      format: 'long',
      host: -1,
      metric: -1,
      labels: [1],
      values: [2],
    });
  });

  it('counts a column of numbers with units and missing tokens as numeric', () => {
    const layout = layoutOf(
      'Time,mem\n2024-03-01 00:00:00,1.2 GB\n2024-03-01 00:00:15,\n2024-03-01 00:00:30,-',
    );
    expect(layout).toMatchObject({ format: 'wide', values: [1] });
  });

  it('ignores a nameless, empty column left by a delimiter at the end of every line', () => {
    const layout = layoutOf('time,cpu,\n2024-03-01,1,\n2024-03-02,2,');
    expect(layout).toMatchObject({ width: 3, values: [1], labels: [] });
  });

  it('honours options.header, options.timeColumn by name and by index, and null', () => {
    expect(layoutOf('1,2\n3,4', { header: true }).names).toEqual(['1', '2']);
    const text = 'a,time,v\n2024-03-01,2024-03-02,1\n2024-03-03,2024-03-04,2';
    expect(layoutOf(text, { timeColumn: 'time' }).time).toEqual({
      index: 1,
      kind: 'iso-local-as-utc',
    });
    expect(layoutOf(text, { timeColumn: 0 }).time).toEqual({ index: 0, kind: 'iso-local-as-utc' });
    expect(layoutOf('time,v\n2024-03-01,1', { timeColumn: null })).toMatchObject({
      time: null,
      format: 'long',
    });
  });

  it('honours options.format: wide keeps text columns as values', () => {
    const layout = layoutOf('timestamp,host,value\n2024-03-01T00:00:00Z,a,1', { format: 'wide' });
    expect(layout).toMatchObject({ format: 'wide', host: -1, values: [1, 2] });
  });

  it('reads grafana-series-rows by position: series, time, value', () => {
    const layout = layoutOf(
      'Series,Time,Value\ncpu,2024-03-01T00:00:00Z,1',
      {},
      'grafana-series-rows',
    );
    expect(layout).toMatchObject({ format: 'grafana-series-rows', metric: 0, values: [2] });
    expect(layout.time).toEqual({ index: 1, kind: 'iso-zoned' });
  });

  it.each([
    [{ timeColumn: 'when' }, 'The file has no column named "when".'],
    [{ timeColumn: 5 }, 'The file has no column 5 (columns are numbered from 0 to 1).'],
    [{ timeColumn: 'value' }, 'Column "value" does not hold timestamps.'],
  ] as const)('fails for %j: %s', (options, reason) => {
    expect(detectLayout(rowsOf('time,value\n2024-03-01,x'), 'wide', options)).toEqual({
      ok: false,
      reason,
    });
  });

  it('fails when no column holds numbers', () => {
    expect(detectLayout(rowsOf('time,host\n2024-03-01,a\n2024-03-02,b'), 'wide', {})).toEqual({
      ok: false,
      reason: 'The file has no numeric column: every column other than the timestamps holds text.',
    });
  });
});
