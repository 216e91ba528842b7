import { summarize, type SummarizeOptions, type SummaryResult } from '../summarize';
import { seriesView, type SeriesView } from './seriesView';
import type { NamedSeries } from './NamedSeries';

/** The Overview panel: statistics of one series, its high-load periods in x units, and its line. */
export interface OverviewView {
  readonly summary: Omit<SummaryResult, 'highLoadIndices'> & { readonly highLoadCount: number };
  /** High-load periods as [start x, end x] on the series' own axis (time or index). */
  readonly periodsX: { start: number; end: number; length: number }[];
  readonly series: SeriesView;
}

/**
 * summarize() of a series, shaped for the Overview panel: the indices above the line are reduced to
 * their count, and each contiguous period is given in x units for shading.
 */
export function overviewView(series: NamedSeries, options: SummarizeOptions = {}): OverviewView {
  const { highLoadIndices, ...summary } = summarize(series.values, options);
  const xAt = (i: number) => (series.timeMs ? series.timeMs[i] : i);
  return {
    summary: { ...summary, highLoadCount: highLoadIndices.length },
    periodsX: summary.highLoadPeriods.map((p) => ({
      start: xAt(p.start),
      end: xAt(p.end),
      length: p.length,
    })),
    series: seriesView(series.name, series.unit, series.values, series.timeMs),
  };
}
