import { greater, nanmax, nanmean, nanmin, nanstd, nonzero, type Numeric } from '../kernel';

/** Options for {@link summarize}; `highLoad` is the seed's 80 % CPU line. */
export interface SummarizeOptions {
  highLoad?: number;
}

/** A run of consecutive high-load samples; `end` is inclusive, `length = end - start + 1`. */
export interface Period {
  start: number;
  end: number;
  length: number;
}

/** What {@link summarize} returns; statistics are over the present (non-NaN) samples. */
export interface SummaryResult {
  mean: number;
  peak: number;
  min: number;
  std: number;
  count: number;
  missing: number;
  highLoad: number;
  highLoadIndices: Uint32Array;
  highLoadPeriods: Period[];
}

/**
 * The seed's one-series summary: mean, peak, min, population std (ddof 0), sample and missing
 * counts, the indices above `highLoad` and their contiguous periods.
 * NumPy: np.nanmean / np.nanmax / np.nanmin / np.nanstd(series), np.where(series > highLoad)[0];
 * equal to the seed's np.mean/max/min/std when nothing is missing. NaN samples are skipped, never
 * high; all-NaN gives NaN statistics and no periods. Empty throws a RangeError (np.max raises).
 * @example summarize([70, 85, 90, 60, 81]).highLoadPeriods // [{start: 1, end: 2, length: 2}, {start: 4, end: 4, length: 1}]
 */
export function summarize(
  series: Numeric,
  { highLoad = 80 }: SummarizeOptions = {},
): SummaryResult {
  if (series.length === 0) throw new RangeError('series must not be empty');
  let missing = 0;
  for (let i = 0; i < series.length; i++) if (Number.isNaN(series[i])) missing++;
  const highLoadIndices = nonzero(greater(series, highLoad));
  return {
    mean: nanmean(series),
    peak: nanmax(series),
    min: nanmin(series),
    std: nanstd(series),
    count: series.length,
    missing,
    highLoad,
    highLoadIndices,
    highLoadPeriods: periods(highLoadIndices),
  };
}

/** Splits ascending indices into runs of consecutive integers. */
function periods(indices: Uint32Array): Period[] {
  const runs: Period[] = [];
  for (const i of indices) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.end === i - 1) {
      last.end = i;
      last.length++;
    } else {
      runs.push({ start: i, end: i, length: 1 });
    }
  }
  return runs;
}
