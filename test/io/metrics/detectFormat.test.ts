import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/io/metrics/detectFormat';

describe('detectFormat', () => {
  it.each([
    ['#group', ['#group', 'false', 'false'], '#group,false,false', false],
    ['#datatype', ['#datatype', 'string', 'long'], '#datatype,string,long', false],
    ['a Flux header without annotations', ['', 'result', 'table', '_time', '_value'], '', false],
  ])('gives influx-annotated for %s', (_, first, line, sep) => {
    expect(detectFormat(first, line, sep)).toBe('influx-annotated');
  });

  it('gives grafana-series-rows for a Series;Time;Value header in any case', () => {
    expect(detectFormat(['Series', 'Time', 'Value'], '"Series";"Time";"Value"', true)).toBe(
      'grafana-series-rows',
    );
    expect(detectFormat(['series', 'time', 'value'], 'series,time,value', false)).toBe(
      'grafana-series-rows',
    );
  });

  it('gives grafana for a quoted "Time" header or a sep= line', () => {
    expect(detectFormat(['Time', 'cpu'], '"Time","cpu"', false)).toBe('grafana');
    expect(detectFormat(['t', 'cpu'], 't,cpu', true)).toBe('grafana');
  });

  it('gives wide otherwise', () => {
    expect(detectFormat(['Time', 'cpu'], 'Time,cpu', false)).toBe('wide');
    expect(detectFormat(['time', 'cpu'], '"time","cpu"', false)).toBe('wide');
    expect(detectFormat(['Timestamp', 'cpu'], '"Timestamp","cpu"', false)).toBe('wide');
    expect(detectFormat(['timestamp', 'value'], 'timestamp,value', false)).toBe('wide');
  });
});
