import type { NamedSeries } from '../views/NamedSeries';
import { medianStep } from './medianStep';

/** How alignSeries put the series on one axis. */
export type AlignRule = 'shared' | 'exact' | 'resampled' | 'index';

/** Series on one common axis: one values array per input series, all of timeMs's length. */
export interface Aligned {
  /** The common axis in epoch ms, or null when the series are aligned by sample index. */
  readonly timeMs: Float64Array | null;
  readonly values: Float64Array[];
  readonly rule: AlignRule;
  /** The step of the common grid when rule is 'resampled', else NaN. */
  readonly stepMs: number;
  /** One sentence for people: how the points were paired and how many there are. */
  readonly note: string;
}

/** Why series could not be aligned (no overlap in time, untimed series of other lengths). */
export interface NotAligned {
  readonly reason: string;
}

/**
 * An exact join is used when the timestamps every series has make up at least this share of the
 * shortest series; below it the series are resampled to a common step.
 */
const MIN_JOIN_SHARE = 0.5;

/** Timestamps every series has, ascending (each timeMs is ascending). */
function sharedTimestamps(axes: readonly Float64Array[]): Float64Array {
  let shared = axes[0];
  for (const axis of axes.slice(1)) {
    const out = new Float64Array(Math.min(shared.length, axis.length));
    let n = 0;
    for (let i = 0, j = 0; i < shared.length && j < axis.length;) {
      if (shared[i] < axis[j]) i++;
      else if (shared[i] > axis[j]) j++;
      else {
        out[n++] = shared[i];
        i++;
        j++;
      }
    }
    shared = out.subarray(0, n);
  }
  return shared.slice();
}

/** The values of `series` at `times` (a subset of its ascending timestamps). */
function valuesAt(series: NamedSeries, times: Float64Array): Float64Array {
  const out = new Float64Array(times.length);
  const timeMs = series.timeMs!;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (timeMs[j] < times[i]) j++;
    out[i] = series.values[j];
  }
  return out;
}

/** The mean of the non-NaN samples of `series` in each grid cell [start + k·step, +step); NaN if none. */
function binMeans(
  series: NamedSeries,
  startMs: number,
  stepMs: number,
  cells: number,
): Float64Array {
  const total = new Float64Array(cells);
  const count = new Float64Array(cells);
  const { values } = series;
  const timeMs = series.timeMs!;
  for (let i = 0; i < values.length; i++) {
    const k = Math.floor((timeMs[i] - startMs) / stepMs);
    const v = values[i];
    if (k < 0 || k >= cells || v !== v) continue;
    total[k] += v;
    count[k]++;
  }
  for (let k = 0; k < cells; k++) total[k] = count[k] > 0 ? total[k] / count[k] : NaN;
  return total;
}

const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

/**
 * The series put on one axis so that they can be compared point by point, never by position
 * alone: series sharing one time axis as they are ('shared'); else an exact join on the timestamps
 * they all have, when those are at least half of the shortest series ('exact'); else each series
 * resampled to the mean of its samples in cells of the largest of their median steps, over the
 * time range all of them cover ('resampled'). Series without timestamps are paired by sample index
 * only when all have the same length ('index'). NaN values are kept as NaN.
 * @returns NotAligned when fewer than one series is given, when the time ranges do not overlap, or
 * when untimed series differ in length or are mixed with timed ones.
 */
export function alignSeries(series: readonly NamedSeries[]): Aligned | NotAligned {
  if (series.length === 0) return { reason: 'no series to align' };
  const timed = series.filter((s) => s.timeMs !== undefined);
  if (timed.length === 0) {
    const length = series[0].values.length;
    if (series.some((s) => s.values.length !== length)) {
      return {
        reason: 'the series have no timestamps and differ in length, so no sample pairs up',
      };
    }
    return {
      timeMs: null,
      values: series.map((s) => s.values),
      rule: 'index',
      stepMs: NaN,
      note: `${plural(length, 'point')} paired by sample number (no timestamps)`,
    };
  }
  if (timed.length < series.length) {
    return { reason: 'some series have timestamps and some do not, so they cannot be paired' };
  }
  const axes = series.map((s) => s.timeMs!);
  if (axes.every((axis) => axis === axes[0])) {
    return {
      timeMs: axes[0],
      values: series.map((s) => s.values),
      rule: 'shared',
      stepMs: NaN,
      note: `${plural(axes[0].length, 'point')} on one shared time axis`,
    };
  }
  const shared = sharedTimestamps(axes);
  const shortest = Math.min(...axes.map((a) => a.length));
  if (shared.length >= 2 && shared.length >= MIN_JOIN_SHARE * shortest) {
    return {
      timeMs: shared,
      values: series.map((s) => valuesAt(s, shared)),
      rule: 'exact',
      stepMs: NaN,
      note: `${plural(shared.length, 'timestamp')} all series share (exact join)`,
    };
  }
  const startMs = Math.max(...axes.map((a) => a[0]));
  const endMs = Math.min(...axes.map((a) => a[a.length - 1]));
  const stepMs = Math.max(...axes.map(medianStep).filter((s) => s > 0));
  if (!(endMs >= startMs) || !Number.isFinite(stepMs)) {
    return { reason: 'the series do not overlap in time' };
  }
  const cells = Math.floor((endMs - startMs) / stepMs) + 1;
  const timeMs = new Float64Array(cells);
  for (let k = 0; k < cells; k++) timeMs[k] = startMs + k * stepMs;
  return {
    timeMs,
    values: series.map((s) => binMeans(s, startMs, stepMs, cells)),
    rule: 'resampled',
    stepMs,
    note: `${plural(cells, 'point')}: each series averaged over ${formatStep(stepMs)} steps where their time ranges overlap`,
  };
}

/** A step in the largest whole unit that divides it: '5 min', '10 s', '250 ms'. */
function formatStep(stepMs: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ];
  for (const [ms, name] of units) {
    if (stepMs >= ms && stepMs % ms === 0) return `${stepMs / ms} ${name}`;
  }
  return `${stepMs} ms`;
}
