import { correlate, type Correlation } from '../correlate';
import { detectTrend, type Trend } from '../detectTrend';
import type { NamedSeries } from './NamedSeries';

/** The Trends & correlation panel: one trend per metric and their correlation matrix. */
export interface TrendsView {
  readonly trends: { readonly name: string; readonly unit: string; readonly trend: Trend }[];
  readonly correlation: Correlation;
}

/**
 * detectTrend() of each series (against its timestamps when it has them) and correlate() across
 * them. The series must have equal lengths for the correlation (correlate throws otherwise).
 */
export function trendsView(series: readonly NamedSeries[], alpha = 0.05): TrendsView {
  return {
    trends: series.map((s) => ({
      name: s.name,
      unit: s.unit,
      trend: detectTrend(s.values, { timestamps: s.timeMs, alpha }),
    })),
    correlation: correlate(Object.fromEntries(series.map((s) => [s.name, s.values]))),
  };
}
