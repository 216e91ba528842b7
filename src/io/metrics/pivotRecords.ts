import type { Dataset, Series } from '../dataset';
import type { LongRecords } from './longRecords';
import { type TimeAxis, timeAxis } from './timeAxis';

/** A pivoted dataset and what the pivot found about the order of the samples. */
export interface Pivoted {
  dataset: Dataset;
  /** True when some series' samples were not in time order in the file. */
  resorted: boolean;
  /** Samples that landed on a cell already filled (same series, same step); the last one wins. */
  duplicateTimestamps: number;
}

/**
 * Pivots long records onto one time axis, one Series per series of `records` (its name, metric,
 * labels and unit as recorded), NaN where a series has no sample. With `grid`, the axis is a
 * regular grid (see timeAxis), so that hosts sampled a little apart line up; without it, the
 * sorted distinct timestamps. Without `hasTime`, a series' k-th sample goes to step k (x is the
 * sample index, timeMs is null). A series with no sample at all (seen only in rows left out) is
 * left out. Memory: one Float64Array of steps per series.
 */
export function pivotRecords(
  records: LongRecords,
  options: { hasTime: boolean; grid: boolean },
): Pivoted {
  const { keys, units, timeMs: times, series: seriesAt, value } = records;
  const count = keys.length;
  const step = new Int32Array(times.length);
  let axis: TimeAxis | null = null;
  let steps = 0;
  if (options.hasTime) {
    axis = timeAxis(times, options.grid);
    for (let i = 0; i < times.length; i++) step[i] = axis.stepOf(times[i]);
    steps = axis.timeMs.length;
  } else {
    const next = new Int32Array(count);
    for (let i = 0; i < times.length; i++) step[i] = next[seriesAt[i]]++;
    for (const n of next) steps = Math.max(steps, n);
  }

  const columns = keys.map(() => new Float64Array(steps).fill(NaN));
  const filled = keys.map(() => new Uint8Array(steps));
  const lastStep = new Int32Array(count).fill(-1);
  let duplicateTimestamps = 0;
  let resorted = false;
  for (let i = 0; i < times.length; i++) {
    const s = seriesAt[i];
    const k = step[i];
    if (filled[s][k]) duplicateTimestamps++;
    filled[s][k] = 1;
    columns[s][k] = value[i];
    if (k < lastStep[s]) resorted = true;
    lastStep[s] = k;
  }

  const series = keys.flatMap((key, s): Series[] => {
    if (lastStep[s] < 0) return [];
    const values = columns[s];
    let missing = 0;
    for (let k = 0; k < steps; k++) if (values[k] !== values[k]) missing++;
    return [{ ...key, unit: units[s], values, missing }];
  });
  return { dataset: { timeMs: axis?.timeMs ?? null, series }, resorted, duplicateTimestamps };
}
