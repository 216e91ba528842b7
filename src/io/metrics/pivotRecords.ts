import { nanmean, ndarray } from '../../kernel';
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

function series(name: string, unit: string, values: Float64Array): Series {
  let missing = 0;
  for (const v of values) if (v !== v) missing++;
  return { name, unit, values, missing };
}

/**
 * Pivots long records onto one time axis. With `farm`, the records become the farm array
 * [hosts x steps x metrics] on a regular grid (see timeAxis; cells with no sample are NaN, not
 * zero) plus one series per metric: the mean across hosts at each step, ignoring NaN (NumPy:
 * np.nanmean(farm, axis=0); all-NaN steps give NaN). Without it, every metric is one series on the
 * sorted distinct timestamps. Without `hasTime`, a series' k-th sample goes to step k (x is the
 * sample index, timeMs is null).
 */
export function pivotRecords(
  records: LongRecords,
  options: { hasTime: boolean; farm: boolean },
): Pivoted {
  const { hostNames, metricNames, units, timeMs: times, host, metric, value } = records;
  const hosts = options.farm ? hostNames.length : 1;
  const metrics = metricNames.length;
  const hostAt = (i: number) => (options.farm ? host[i] : 0);
  const step = new Int32Array(times.length);
  let axis: TimeAxis | null = null;
  let steps = 0;
  if (options.hasTime) {
    axis = timeAxis(times, options.farm);
    for (let i = 0; i < times.length; i++) step[i] = axis.stepOf(times[i]);
    steps = axis.timeMs.length;
  } else {
    const next = new Int32Array(hosts * metrics);
    for (let i = 0; i < times.length; i++) step[i] = next[hostAt(i) * metrics + metric[i]]++;
    for (const count of next) steps = Math.max(steps, count);
  }

  const cells = new Float64Array(hosts * steps * metrics).fill(NaN);
  const filled = new Uint8Array(cells.length);
  const lastStep = new Int32Array(hosts * metrics).fill(-1);
  let duplicateTimestamps = 0;
  let resorted = false;
  for (let i = 0; i < times.length; i++) {
    const h = hostAt(i);
    const cell = (h * steps + step[i]) * metrics + metric[i];
    if (filled[cell]) duplicateTimestamps++;
    filled[cell] = 1;
    cells[cell] = value[i];
    const lane = h * metrics + metric[i];
    if (step[i] < lastStep[lane]) resorted = true;
    lastStep[lane] = step[i];
  }

  const timeMs = axis?.timeMs ?? null;
  if (!options.farm) {
    const perMetric = metricNames.map((name, m) =>
      series(
        name,
        units[m],
        Float64Array.from({ length: steps }, (_, s) => cells[s * metrics + m]),
      ),
    );
    return { dataset: { timeMs, series: perMetric }, resorted, duplicateTimestamps };
  }
  const across = new Float64Array(hosts);
  const means = metricNames.map((name, m) => {
    const values = new Float64Array(steps);
    for (let s = 0; s < steps; s++) {
      for (let h = 0; h < hosts; h++) across[h] = cells[(h * steps + s) * metrics + m];
      values[s] = nanmean(across);
    }
    return series(name, units[m], values);
  });
  const farm = {
    farm: ndarray(cells, [hosts, steps, metrics]),
    names: [...hostNames],
    metricNames: [...metricNames],
    time: axis?.grid ?? null,
  };
  return { dataset: { timeMs, series: means, farm }, resorted, duplicateTimestamps };
}
