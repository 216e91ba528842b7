import { argsort, mean, nanmean, ndarray, type NDArray } from '../kernel';

/** Options for {@link analyzeServerHealth}; the seed's alert lines in percent. */
export interface ServerHealthOptions {
  cpuHigh?: number;
  memHigh?: number;
}

/** One server picked out by a threshold or a ranking, with the number that put it there. */
export interface ServerValue {
  index: number;
  name: string;
  value: number;
}

/** What {@link analyzeServerHealth} returns. */
export interface ServerHealthResult {
  /** [servers, 3] per-server means of cpu %, memory %, disk io over the hours. */
  means: NDArray;
  /** Mean of each server's three means; higher = more loaded. */
  score: Float64Array;
  /** Servers whose mean CPU is above cpuHigh, in server order, value = mean CPU. */
  highCpu: ServerValue[];
  /** Servers whose mean memory is above memHigh, in server order, value = mean memory. */
  highMemory: ServerValue[];
  /** Every server, worst (highest score) first, value = score. */
  ranking: ServerValue[];
}

/**
 * The seed's farm report over a [servers, hours, 3] array of cpu %, memory %, disk io: per-server
 * means, servers over the CPU and memory lines, and a health score (mean of the three means) ranked
 * worst first, i.e. highest score first. NumPy: m = np.nanmean(farm, axis=1); np.mean(m, axis=1);
 * np.argsort(-score, kind='stable') (ties keep server order; a NaN score ranks last). Missing hours
 * are skipped; a server with no samples of a metric gets NaN there and is never flagged.
 * @throws RangeError when farm is not [servers, hours, 3] or names.length !== servers.
 */
export function analyzeServerHealth(
  farm: NDArray,
  names: readonly string[],
  { cpuHigh = 75, memHigh = 85 }: ServerHealthOptions = {},
): ServerHealthResult {
  if (farm.shape.length !== 3 || farm.shape[2] !== 3) {
    throw new RangeError(
      `farm must have shape [servers, hours, 3], got [${farm.shape.join(', ')}]`,
    );
  }
  if (names.length !== farm.shape[0]) {
    throw new RangeError(`names has ${names.length} entries, farm has ${farm.shape[0]} servers`);
  }
  const means = nanmeanOverHours(farm);
  const score = mean(means, 1).data;
  const column = (metric: number, above: number): ServerValue[] =>
    names.flatMap((name, index) => {
      const value = means.data[index * 3 + metric];
      return value > above ? [{ index, name, value }] : [];
    });
  const negated = score.map((s) => -s);
  return {
    means,
    score,
    highCpu: column(0, cpuHigh),
    highMemory: column(1, memHigh),
    ranking: Array.from(argsort(negated), (index) => ({
      index,
      name: names[index],
      value: score[index],
    })),
  };
}

/** np.nanmean(farm, axis=1) for [servers, hours, 3]: the kernel's nanmean is 1-D, so per lane. */
function nanmeanOverHours(farm: NDArray): NDArray {
  const [servers, hours] = farm.shape;
  const out = new Float64Array(servers * 3);
  const lane = new Float64Array(hours);
  for (let s = 0; s < servers; s++) {
    for (let m = 0; m < 3; m++) {
      for (let h = 0; h < hours; h++) lane[h] = farm.data[(s * hours + h) * 3 + m];
      out[s * 3 + m] = nanmean(lane);
    }
  }
  return ndarray(out, [servers, 3]);
}
