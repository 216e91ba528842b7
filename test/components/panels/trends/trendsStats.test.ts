import { describe, expect, it } from 'vitest';
import type { Trend } from '../../../../src/analysis/detectTrend';
import type { TrendsView } from '../../../../src/analysis/views/trendsView';
import { trendsStats } from '../../../../src/components/panels/trends/trendsStats';

const trend = (direction: Trend['direction']) => ({ direction }) as Trend;

function view(correlated: boolean): TrendsView {
  return {
    trends: [
      { name: 'cpu', unit: '%', trend: trend('up') },
      { name: 'mem', unit: '%', trend: trend('up') },
      { name: 'disk', unit: 'GB', trend: trend('down') },
      { name: 'net', unit: 'Mbps', trend: trend('flat') },
    ],
    correlation: correlated
      ? {
          names: ['cpu', 'mem'],
          matrix: Float64Array.of(1, -0.876, -0.876, 1),
          pairs: [{ a: 'cpu', b: 'mem', r: -0.876 }],
          n: 10,
          dropped: 0,
        }
      : null,
    correlationNote: '',
  };
}

describe('trendsStats', () => {
  it('trendsStats(view) counts the series, those rising and falling, and names the strongest pair', () => {
    expect(trendsStats(view(true))).toEqual([
      { label: 'Series', value: '4' },
      { label: 'Rising', value: '2' },
      { label: 'Falling', value: '1' },
      { label: 'Strongest correlation', value: 'cpu ↔ mem: r = -0.88' },
    ]);
  });

  it('has no correlation figure without a correlation', () => {
    expect(trendsStats(view(false)).map((s) => s.label)).toEqual(['Series', 'Rising', 'Falling']);
  });
});
