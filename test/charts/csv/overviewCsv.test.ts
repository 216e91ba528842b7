import { describe, expect, it } from 'vitest';
import type { OverviewView } from '../../../src/analysis/views/overviewView';
import type { SeriesView } from '../../../src/analysis/views/seriesView';
import { overviewCsv } from '../../../src/charts/csv/overviewCsv';

const T0 = Date.UTC(2024, 0, 1, 12);

function line(name: string, xKind: 'time' | 'index', y: number[]): SeriesView {
  const x = y.map((_, i) => (xKind === 'time' ? T0 + i * 60_000 : i));
  return {
    name,
    unit: '%',
    xKind,
    x: Float64Array.from(x),
    y: Float64Array.from(y),
    length: y.length,
  };
}

function view(lines: SeriesView[]): OverviewView {
  return {
    summary: {
      mean: 1,
      peak: 2,
      min: 0,
      std: 1,
      count: 4,
      missing: 0,
      highLoad: 80,
      highLoadCount: 0,
    },
    highLoadRule: 'as set',
    range: null,
    periodsX: [],
    lines,
    stats: lines.map((l) => ({ name: l.name, mean: 1, max: 2, last: 1 })),
    unit: '%',
    hidden: 0,
    otherUnits: 0,
    periodsNote: null,
  };
}

describe('overviewCsv', () => {
  it('overviewCsv(view) writes every drawn point in long form: series, ISO UTC time, value', () => {
    const lines = [line('cpu{host="a,b"}', 'time', [10.5, NaN]), line('web-02', 'time', [-1e-9])];
    expect(overviewCsv(view(lines))).toBe(
      'series,time,value (%)\r\n' +
        '"cpu{host=""a,b""}",2024-01-01T12:00:00.000Z,10.5\r\n' +
        '"cpu{host=""a,b""}",2024-01-01T12:01:00.000Z,\r\n' +
        'web-02,2024-01-01T12:00:00.000Z,-1e-9\r\n',
    );
  });

  it('gives an index column for series without times, and both columns when the lines differ', () => {
    expect(overviewCsv(view([line('a', 'index', [1, 2])]))).toBe(
      'series,index,value (%)\r\na,0,1\r\na,1,2\r\n',
    );
    expect(overviewCsv(view([line('a', 'time', [1]), line('b', 'index', [2])]))).toBe(
      'series,time,index,value (%)\r\na,2024-01-01T12:00:00.000Z,,1\r\nb,,0,2\r\n',
    );
  });

  it('escapes a series name a spreadsheet would run as a formula', () => {
    expect(overviewCsv(view([line('=cmd|calc', 'index', [1])]))).toBe(
      `series,index,value (%)\r\n"'=cmd|calc",0,1\r\n`,
    );
  });
});
