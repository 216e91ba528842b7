import { nanmax, nanmean, percentile } from '../../kernel';
import { alignSeries } from '../align/alignSeries';
import { summarize, type SummaryResult } from '../summarize';
import type { NamedSeries } from './NamedSeries';
import { DISPLAY_POINTS, seriesView, type SeriesView } from './seriesView';
import { withinRange, type TimeRange } from './withinRange';

/** One drawn series' own figures, for the legend table. */
export interface LineStats {
  readonly name: string;
  readonly mean: number;
  readonly max: number;
  readonly last: number;
}

/** The Overview panel: several series like a time-series panel, their figures and high-load periods. */
export interface OverviewView {
  /**
   * Statistics over every sample drawn within `range` (pooled across the series; for one series,
   * the seed's summary of it); high-load counts are samples above the line in any series. NaN
   * statistics and no counts when the range holds no samples.
   */
  readonly summary: Omit<SummaryResult, 'highLoadIndices' | 'highLoadPeriods'> & {
    readonly highLoadCount: number;
  };
  /** How the high-load line was chosen when the panel did not set one. */
  readonly highLoadRule: string;
  /**
   * The time range the figures (summary, periods, stats) cover, or null for the whole series (no
   * range asked for, or the series have no time axis). The lines are drawn whole either way.
   */
  readonly range: TimeRange | null;
  /** Periods when any drawn series is above the line, as [start x, end x] on the common axis. */
  readonly periodsX: { start: number; end: number; length: number }[];
  /** The drawn series, each reduced for drawing. */
  readonly lines: SeriesView[];
  readonly stats: LineStats[];
  readonly unit: string;
  /** Series asked for but not drawn (beyond `top`, ranked by `rank`). */
  readonly hidden: number;
  /** Series asked for in another unit than the first one's, left out. */
  readonly otherUnits: number;
  /** Why no high-load periods could be found across the series, or null. */
  readonly periodsNote: string | null;
}

/** Options of overviewView. */
export interface OverviewOptions {
  /** The high-load line in the series' unit; when absent, see defaultHighLoad. */
  readonly highLoad?: number;
  /** At most this many series are drawn (default 10), the highest by `rank`. */
  readonly top?: number;
  readonly rank?: 'mean' | 'max';
  /** The figures cover only the samples at times within this range (a zoomed range). */
  readonly range?: TimeRange;
}

/** The seed's CPU line for percentages. */
const PERCENT_LINE = 80;

/**
 * The high-load line a panel starts from: 80 for percentages (the seed's CPU line), else the 95th
 * percentile of every sample drawn, so that about one sample in twenty is over it.
 * @example defaultHighLoad('%', [1, 2]) // { value: 80, rule: '80 % (the seed's CPU line)' }
 */
export function defaultHighLoad(
  unit: string,
  samples: Float64Array,
): { value: number; rule: string } {
  if (unit === '%') return { value: PERCENT_LINE, rule: '80 % (the seed\u2019s CPU line)' };
  const present = samples.filter((v) => v === v);
  if (present.length === 0) return { value: NaN, rule: 'no samples' };
  return { value: percentile(present, 95), rule: 'the 95th percentile of the samples drawn' };
}

/** Every sample of every series, one after another. */
function pooled(series: readonly NamedSeries[]): Float64Array {
  const out = new Float64Array(series.reduce((n, s) => n + s.values.length, 0));
  let offset = 0;
  for (const s of series) {
    out.set(s.values, offset);
    offset += s.values.length;
  }
  return out;
}

/** The largest value across series at each aligned step (NaN when all are NaN). */
function stepMax(values: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(values[0].length).fill(NaN);
  for (const v of values) {
    for (let i = 0; i < v.length; i++) if (v[i] > out[i] || out[i] !== out[i]) out[i] = v[i];
  }
  return out;
}

/** A line's np.nanmean, np.nanmax and last number; NaN for each when it holds no number. */
function lineStats(s: NamedSeries): LineStats {
  const { values } = s;
  let last = values.length - 1;
  while (last >= 0 && Number.isNaN(values[last])) last--;
  const any = last >= 0;
  return {
    name: s.name,
    mean: any ? nanmean(values) : NaN,
    max: any ? nanmax(values) : NaN,
    last: any ? values[last] : NaN,
  };
}

/**
 * Points the Overview draws over all its lines: each line gets an equal share, between 200 and
 * DISPLAY_POINTS. Ten overlapping lines of 1000 points made the chart's one task 45-55 ms of CPU
 * on a 200-host farm; 400 each still keep every peak and trough (the min and max of each 6 px
 * column of a 1200 px plot).
 */
export const OVERVIEW_POINT_BUDGET = 4000;

/** The points one of `lines` lines may draw: its share of OVERVIEW_POINT_BUDGET. */
export function pointsPerLine(lines: number): number {
  return Math.max(200, Math.min(DISPLAY_POINTS, Math.floor(OVERVIEW_POINT_BUDGET / lines)));
}

/** summarize()'s figures with nothing to summarise: NaN statistics, no samples, no periods. */
function nothingToSummarize(highLoad: number) {
  const none = { mean: NaN, peak: NaN, min: NaN, std: NaN, count: 0, missing: 0, highLoad };
  return { ...none, highLoadIndices: new Uint32Array(0), highLoadPeriods: [] };
}

/**
 * Several series for the Overview panel, as a time-series panel draws them: at most `top` of
 * them, the highest by mean (or max) first, each reduced for drawing; summarize() over all their
 * samples pooled (for one series, exactly the seed's summary); and the high-load periods when any
 * of them is over the line, found on the series aligned in time (alignSeries). Only the series in
 * the first one's unit are drawn (otherUnits counts the rest). With a `range` (and timed series),
 * the summary, periods and per-line stats cover only the samples within it; which series are
 * drawn, the default high-load line and the lines themselves still come from the whole series, so
 * zooming changes the figures and nothing else.
 * @throws RangeError when no series is given or they hold no samples.
 */
export function overviewView(
  series: readonly NamedSeries[],
  { highLoad, top = 10, rank = 'mean', range }: OverviewOptions = {},
): OverviewView {
  if (series.length === 0) throw new RangeError('series: pick at least one series');
  const unit = series[0].unit;
  const same = series.filter((s) => s.unit === unit);
  // A series with no samples ranks last (NaN would sort anywhere).
  const key = (stats: LineStats) => (Number.isNaN(stats[rank]) ? -Infinity : stats[rank]);
  const ranked = same
    .map((s) => ({ s, stats: lineStats(s) }))
    .sort((a, b) => key(b.stats) - key(a.stats));
  const drawn = ranked.slice(0, Math.max(1, top));
  const samples = pooled(drawn.map((d) => d.s));
  const chosen =
    highLoad === undefined ? defaultHighLoad(unit, samples) : { value: highLoad, rule: 'as set' };
  const line = chosen.value;
  const covered = range && drawn[0].s.timeMs ? range : null;
  const figured = covered ? drawn.map((d) => withinRange(d.s, covered)) : drawn.map((d) => d.s);
  const inRange = covered ? pooled(figured) : samples;
  const { highLoadIndices, mean, peak, min, std, count, missing } =
    inRange.length > 0 ? summarize(inRange, { highLoad: line }) : nothingToSummarize(line);
  const aligned = figured.length === 1 ? null : alignSeries(figured);
  let periodsX: OverviewView['periodsX'] = [];
  let periodsNote: string | null = null;
  if (aligned !== null && 'reason' in aligned) {
    periodsNote = `No high-load periods across series: ${aligned.reason}.`;
  } else if (aligned !== null || figured[0].values.length > 0) {
    const only = figured[0];
    const timeMs = aligned ? aligned.timeMs : (only.timeMs ?? null);
    const values = aligned ? stepMax(aligned.values) : only.values;
    const xAt = (i: number) => (timeMs ? timeMs[i] : i);
    periodsX = summarize(values, { highLoad: line }).highLoadPeriods.map((p) => ({
      start: xAt(p.start),
      end: xAt(p.end),
      length: p.length,
    }));
  }
  return {
    summary: {
      mean,
      peak,
      min,
      std,
      count,
      missing,
      highLoad: line,
      highLoadCount: highLoadIndices.length,
    },
    highLoadRule: chosen.rule,
    range: covered,
    periodsX,
    lines: drawn.map(({ s }) =>
      seriesView(s.name, s.unit, s.values, s.timeMs, pointsPerLine(drawn.length)),
    ),
    stats: covered ? figured.map(lineStats) : drawn.map((d) => d.stats),
    unit,
    hidden: same.length - drawn.length,
    otherUnits: series.length - same.length,
    periodsNote,
  };
}
