import { median, movingMean, type NDArray } from '../../kernel';
import { scoreOfSigma } from './DetectorResult';
import { MAD_TO_SIGMA } from './trailingRobust';

/** Options for {@link peerOutliers}. */
export interface PeerOutlierOptions {
  /** Steps the robust z-score is averaged over (trailing, the step itself included; default 5). */
  window?: number;
  /** |smoothed z| beyond which a host is an outlier at a step (default 3). */
  threshold?: number;
  /** Host names for the words (default "host 0", "host 1", ...). */
  names?: readonly string[];
}

/** One run of steps during which a host stayed unlike its peers. */
export interface PeerOutlier {
  readonly host: number;
  /** First and last step (inclusive) of the run. */
  readonly start: number;
  readonly end: number;
  /** Step of the largest |smoothed z| in the run, and that z (signed: > 0 above the fleet). */
  readonly peakStep: number;
  readonly peak: number;
  readonly direction: 'above' | 'below';
  /** (value - fleet median) / |fleet median| at the peak step; NaN when the median is 0. */
  readonly relative: number;
  /** e.g. "web-7 is 5.2σ above its peers (+38 % over the fleet median) at step 120, for 14 steps". */
  readonly words: string;
}

/** What {@link peerScores} returns: the threshold-free part of peerOutliers. */
export interface PeerScores {
  readonly hosts: number;
  readonly steps: number;
  /** The fleet's median and robust σ (1.4826 · MAD, floored) at each step. */
  readonly fleetMedian: Float64Array;
  readonly fleetScale: Float64Array;
  /** Smoothed robust z of each host at each step (shrunk before a full window), [hosts x steps]. */
  readonly z: NDArray;
  /** The window used: the one asked for, capped at the steps there are (and at least 1). */
  readonly window: number;
}

/** What {@link peerOutliers} returns. */
export interface PeerOutlierResult extends PeerScores {
  /** scoreOfSigma(|z|), [hosts x steps]: the same [0, 1] score as the detectors. */
  readonly score: NDArray;
  /** Runs of outlying steps, largest |peak| first. */
  readonly outliers: PeerOutlier[];
  readonly threshold: number;
}

/**
 * Hosts that behave unlike their peers (Datadog's outliers() with the MAD algorithm): at each step,
 * each host's robust z-score against the fleet's median and MAD at that step, averaged over the
 * trailing `window` steps (a brief blip is not an outlier; a host that stays apart is), flagged
 * beyond ±threshold and listed as runs with when and by how much. Before a full window the k steps
 * so far are summed over √(k · window), not k: a mean of fewer steps of noise spreads wider, and
 * this holds the first steps to a full window's bar. The fleet σ at a step is floored at a tenth of
 * its median over all steps (a fleet that agrees exactly does not turn a 0.1 % difference into an
 * outlier) and at 1e-9 of |median|. NaN values are left out of the fleet's statistics and get no z.
 * farm: [hosts x steps]. O(steps · hosts log hosts).
 */
export function peerOutliers(
  farm: NDArray,
  { window = 5, threshold = 3, names }: PeerOutlierOptions = {},
): PeerOutlierResult {
  const scores = peerScores(farm, window);
  return {
    ...scores,
    score: { data: scores.z.data.map(scoreOfSigma), shape: scores.z.shape },
    outliers: peerRuns(farm, scores, threshold, names),
    threshold,
  };
}

/**
 * The part of peerOutliers no threshold changes: the fleet's median and σ at each step and each
 * host's smoothed robust z, over the trailing `window` steps (capped at the steps there are).
 * @throws RangeError when farm is not 2-D.
 */
export function peerScores(farm: NDArray, window = 5): PeerScores {
  if (farm.shape.length !== 2)
    throw new RangeError(`farm must be [hosts x steps], got [${farm.shape.join(', ')}]`);
  const [hosts, steps] = farm.shape;
  const x = farm.data;
  const fleetMedian = new Float64Array(steps);
  const rawScale = new Float64Array(steps);
  const column = new Float64Array(hosts);
  for (let t = 0; t < steps; t++) {
    let k = 0;
    for (let h = 0; h < hosts; h++) {
      const v = x[h * steps + t];
      if (!Number.isNaN(v)) column[k++] = v;
    }
    const values = column.subarray(0, k);
    const m = k ? median(values) : NaN;
    fleetMedian[t] = m;
    rawScale[t] = k ? MAD_TO_SIGMA * median(values.map((v) => Math.abs(v - m))) : NaN;
  }
  const finiteScales = rawScale.filter((s) => !Number.isNaN(s));
  const typical = finiteScales.length ? median(finiteScales) : NaN;
  const fleetScale = rawScale.map((s, t) =>
    Math.max(s, 0.1 * typical || 0, 1e-9 * Math.abs(fleetMedian[t]), Number.MIN_VALUE),
  );
  const w = Math.max(1, Math.min(window, steps));
  const z = new Float64Array(hosts * steps).fill(NaN);
  const rawZ = new Float64Array(steps);
  for (let h = 0; h < hosts; h++) {
    for (let t = 0; t < steps; t++) rawZ[t] = (x[h * steps + t] - fleetMedian[t]) / fleetScale[t];
    const smooth = movingMean(rawZ, w);
    let sum = 0;
    for (let t = 0; t < steps; t++) {
      sum += rawZ[t];
      z[h * steps + t] = t >= w - 1 ? smooth[t - w + 1] : sum / Math.sqrt((t + 1) * w);
    }
  }
  return {
    hosts,
    steps,
    fleetMedian,
    fleetScale,
    z: { data: z, shape: [hosts, steps] },
    window: w,
  };
}

/**
 * The runs of steps during which a host's |smoothed z| (peerScores of `farm`) stays beyond
 * `threshold` on one side, largest |peak| first, named by `names` (default "host 0", ...).
 * O(hosts · steps).
 */
export function peerRuns(
  farm: NDArray,
  scores: PeerScores,
  threshold: number,
  names?: readonly string[],
): PeerOutlier[] {
  const { hosts, steps, fleetMedian } = scores;
  const x = farm.data;
  const z = scores.z.data;
  const outliers: PeerOutlier[] = [];
  const name = (h: number) => names?.[h] ?? `host ${h}`;
  for (let h = 0; h < hosts; h++) {
    let t = 0;
    while (t < steps) {
      if (!(Math.abs(z[h * steps + t]) > threshold)) {
        t++;
        continue;
      }
      const start = t;
      const sign = Math.sign(z[h * steps + t]);
      let peakStep = t;
      while (
        t < steps &&
        Math.abs(z[h * steps + t]) > threshold &&
        Math.sign(z[h * steps + t]) === sign
      ) {
        if (Math.abs(z[h * steps + t]) > Math.abs(z[h * steps + peakStep])) peakStep = t;
        t++;
      }
      const peak = z[h * steps + peakStep];
      const m = fleetMedian[peakStep];
      const relative = m === 0 ? NaN : (x[h * steps + peakStep] - m) / Math.abs(m);
      const direction = peak > 0 ? 'above' : 'below';
      const percent = Number.isNaN(relative)
        ? ''
        : ` (${relative >= 0 ? '+' : '−'}${Math.abs(100 * relative).toFixed(0)} % ${relative >= 0 ? 'over' : 'under'} the fleet median)`;
      const length = t - start;
      outliers.push({
        host: h,
        start,
        end: t - 1,
        peakStep,
        peak,
        direction,
        relative,
        words: `${name(h)} is ${Math.abs(peak).toFixed(1)}σ ${direction} its peers${percent} at step ${peakStep}, for ${length} step${length === 1 ? '' : 's'}`,
      });
    }
  }
  outliers.sort((a, b) => Math.abs(b.peak) - Math.abs(a.peak));
  return outliers;
}
