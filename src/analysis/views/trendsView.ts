import { alignSeries } from '../align/alignSeries';
import { correlate, type Correlation } from '../correlate';
import { detectTrend, type Trend } from '../detectTrend';
import type { NamedSeries } from './NamedSeries';

/** The Trends & correlation panel: one trend per metric and their correlation matrix. */
export interface TrendsView {
  readonly trends: { readonly name: string; readonly unit: string; readonly trend: Trend }[];
  /** The correlation of the series aligned in time, or null with why (see correlationNote). */
  readonly correlation: Correlation | null;
  /** How the series were paired for the correlation (alignSeries' note), or why they were not. */
  readonly correlationNote: string;
}

/**
 * detectTrend() of each series against its own timestamps (or sample index), and correlate() of
 * the series once aligned in time (alignSeries: a shared axis, an exact join on shared timestamps,
 * or a resampling to a common step; never paired by position across different time axes).
 * Correlation needs at least two series that can be aligned; otherwise it is null and the note says
 * why.
 */
export function trendsView(series: readonly NamedSeries[], alpha = 0.05): TrendsView {
  const trends = series.map((s) => ({
    name: s.name,
    unit: s.unit,
    trend: detectTrend(s.values, { timestamps: s.timeMs, alpha }),
  }));
  if (series.length < 2) {
    return { trends, correlation: null, correlationNote: 'Correlation needs at least two series.' };
  }
  const aligned = alignSeries(series);
  if ('reason' in aligned) {
    return { trends, correlation: null, correlationNote: `No correlation: ${aligned.reason}.` };
  }
  const correlation = correlate(
    Object.fromEntries(series.map((s, i) => [s.name, aligned.values[i]])),
  );
  return { trends, correlation, correlationNote: `Correlation over ${aligned.note}.` };
}
