import { describe, expect, it } from 'vitest';
import type { Trend } from '../../../src/analysis/detectTrend';
import type { TrendsView } from '../../../src/analysis/views/trendsView';
import { trendsCsv } from '../../../src/charts/csv/trendsCsv';

function trend(overrides: Partial<Trend>): Trend {
  return {
    direction: 'up',
    unit: 'ms',
    slope: 2.5e-7,
    slopePerHour: 0.9,
    intercept: 1,
    rSquared: 0.64,
    stderr: 0.1,
    t: 5,
    pValue: 0.0001,
    dof: 98,
    n: 100,
    dropped: 0,
    start: { x: 0, y: 1 },
    end: { x: 1, y: 2 },
    ...overrides,
  };
}

function view(correlated: boolean): TrendsView {
  return {
    trends: [
      { name: 'cpu', unit: '%', trend: trend({}) },
      {
        name: 'mem, used',
        unit: 'GB',
        trend: trend({
          unit: 'sample',
          slope: -0.125,
          slopePerHour: NaN,
          direction: 'flat',
          pValue: 0.3,
          rSquared: 0.01,
        }),
      },
    ],
    correlation: correlated
      ? {
          names: ['cpu', 'mem, used'],
          matrix: Float64Array.of(1, -0.5, -0.5, 1),
          pairs: [],
          n: 100,
          dropped: 0,
        }
      : null,
    correlationNote: correlated
      ? 'Correlation over 100 shared timestamps.'
      : 'Correlation needs at least two series.',
  };
}

describe('trendsCsv', () => {
  it('trendsCsv(view) gives each series’ trend and its r with every series of the matrix', () => {
    expect(trendsCsv(view(true))).toBe(
      'series,unit,slope per sample,slope per hour,direction,p-value,r²,points,r with cpu,"r with mem, used"\r\n' +
        'cpu,%,,0.9,up,0.0001,0.64,100,1,-0.5\r\n' +
        '"mem, used",GB,-0.125,,flat,0.3,0.01,100,-0.5,1\r\n',
    );
  });

  it('has no correlation columns when there is no correlation', () => {
    expect(trendsCsv(view(false))).toBe(
      'series,unit,slope per sample,slope per hour,direction,p-value,r²,points\r\n' +
        'cpu,%,,0.9,up,0.0001,0.64,100\r\n' +
        '"mem, used",GB,-0.125,,flat,0.3,0.01,100\r\n',
    );
  });
});
