import { argsort, mean, nanmean, ndarray, type NDArray } from '../kernel';

/** Options for {@link analyzeServerHealth}; the seed's alert lines in percent. */
export interface ServerHealthOptions {
  cpuHigh?: number;
  memHigh?: number;
}

/** Which metrics of the farm are CPU and memory, and the scale each metric enters the score on. */
export interface FarmLayout {
  /** Index of the CPU % metric, or null when there is none (no High CPU list). */
  cpu: number | null;
  /** Index of the memory % metric, or null when there is none. */
  memory: number | null;
  /** Each metric's per-server mean is multiplied by its scale before the score averages them. */
  scales: readonly number[];
}

/** The seed's farm: cpu %, memory %, disk io, each entering the score as it is. */
export const SEED_LAYOUT: FarmLayout = { cpu: 0, memory: 1, scales: [1, 1, 1] };

/** One server picked out by a threshold or a ranking, with the number that put it there. */
export interface ServerValue {
  index: number;
  name: string;
  value: number;
}

/** What {@link analyzeServerHealth} returns. */
export interface ServerHealthResult {
  /** [servers, metrics] per-server means of each metric over the hours. */
  means: NDArray;
  /** Mean of each server's scaled means; higher = more loaded. */
  score: Float64Array;
  /** Servers whose mean CPU is above cpuHigh, in server order, value = mean CPU. */
  highCpu: ServerValue[];
  /** Servers whose mean memory is above memHigh, in server order, value = mean memory. */
  highMemory: ServerValue[];
  /** Every server, worst (highest score) first, value = score. */
  ranking: ServerValue[];
}

/**
 * The seed's farm report over a [servers, hours, metrics] array: per-server means, servers over the
 * CPU and memory lines, and a health score (mean of the scaled means) ranked worst first, i.e.
 * highest score first. With the seed's layout (cpu %, memory %, disk io, SEED_LAYOUT) this is the
 * seed exactly. NumPy: m = np.nanmean(farm, axis=1); np.mean(m * scales, axis=1);
 * np.argsort(-score, kind='stable') (ties keep server order; a NaN score ranks last). Missing hours
 * are skipped; a server with no samples of a metric gets NaN there and is never flagged.
 * @throws RangeError when farm is not 3-D, its metrics differ from layout.scales, or
 * names.length !== servers.
 */
export function analyzeServerHealth(
  farm: NDArray,
  names: readonly string[],
  { cpuHigh = 75, memHigh = 85 }: ServerHealthOptions = {},
  layout: FarmLayout = SEED_LAYOUT,
): ServerHealthResult {
  const metrics = farm.shape[2];
  if (farm.shape.length !== 3 || metrics !== layout.scales.length) {
    throw new RangeError(
      `farm must have shape [servers, hours, ${layout.scales.length}], got [${farm.shape.join(', ')}]`,
    );
  }
  if (names.length !== farm.shape[0]) {
    throw new RangeError(`names has ${names.length} entries, farm has ${farm.shape[0]} servers`);
  }
  const means = nanmeanOverHours(farm);
  const scaled = means.data.map((v, i) => v * layout.scales[i % metrics]);
  const score = mean(ndarray(scaled, means.shape), 1).data;
  const column = (metric: number | null, above: number): ServerValue[] =>
    metric === null
      ? []
      : names.flatMap((name, index) => {
          const value = means.data[index * metrics + metric];
          return value > above ? [{ index, name, value }] : [];
        });
  const negated = score.map((s) => -s);
  return {
    means,
    score,
    highCpu: column(layout.cpu, cpuHigh),
    highMemory: column(layout.memory, memHigh),
    ranking: Array.from(argsort(negated), (index) => ({
      index,
      name: names[index],
      value: score[index],
    })),
  };
}

/** np.nanmean(farm, axis=1) for [servers, hours, metrics]: the kernel's nanmean is 1-D, so per lane. */
function nanmeanOverHours(farm: NDArray): NDArray {
  const [servers, hours, metrics] = farm.shape;
  const out = new Float64Array(servers * metrics);
  const lane = new Float64Array(hours);
  for (let s = 0; s < servers; s++) {
    for (let m = 0; m < metrics; m++) {
      for (let h = 0; h < hours; h++) lane[h] = farm.data[(s * hours + h) * metrics + m];
      out[s * metrics + m] = nanmean(lane);
    }
  }
  return ndarray(out, [servers, metrics]);
}
