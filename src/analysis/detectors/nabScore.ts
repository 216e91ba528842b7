/**
 * The Numenta Anomaly Benchmark's scorer, written from NAB's definition (nab/sweeper.py,
 * nab/optimizer.py, nab/runner.py normalize, config/profiles.json at numenta/NAB): labelled
 * windows, a scaled sigmoid reward for the earliest detection in each window, a weighted penalty
 * for every detection outside all windows (smaller just after a window), a probationary period
 * that is never scored, one threshold for the whole corpus chosen to maximise the raw score, and
 * normalisation so that the null detector scores 0 and a perfect detector 100.
 */

/** A scoring profile: the weights of true positives, false positives and false negatives. */
export interface NabProfile {
  readonly tpWeight: number;
  readonly fpWeight: number;
  readonly fnWeight: number;
}

/** NAB's three application profiles (config/profiles.json). */
export const NAB_PROFILES = {
  standard: { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 },
  reward_low_FP_rate: { tpWeight: 1, fpWeight: 0.22, fnWeight: 1 },
  reward_low_FN_rate: { tpWeight: 1, fpWeight: 0.11, fnWeight: 2 },
} as const satisfies Record<string, NabProfile>;

export type NabProfileName = keyof typeof NAB_PROFILES;

/** NAB's default probationary fraction: the first 15 % of a file (at most 750 rows) is unscored. */
export const NAB_PROBATION = 0.15;

/** One labelled file: its timestamps and its anomaly windows as [start, end] epoch ms, in order. */
export interface NabFile {
  readonly name: string;
  readonly timeMs: Float64Array;
  readonly windows: readonly (readonly [number, number])[];
}

/**
 * NAB's scaled sigmoid of a position relative to a window's right edge: 2·sigmoid(-5·p) - 1 for
 * p <= 3, -1 beyond. p = -1 (left edge) gives 0.98661, p = 0 (right edge) 0.
 */
export function scaledSigmoid(p: number): number {
  return p > 3 ? -1 : 2 / (1 + Math.exp(5 * p)) - 1;
}

/** Probationary rows of a file of n rows: min(floor(0.15 n), 0.15 · 5000), as NAB's sweeper. */
export function probationaryLength(n: number, probation = NAB_PROBATION): number {
  return Math.min(Math.floor(probation * n), probation * 5000);
}

/** Row of the first timestamp >= t (NAB requires an exact match; this also tolerates a gap). */
function rowAtOrAfter(timeMs: Float64Array, t: number): number {
  let lo = 0;
  let hi = timeMs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timeMs[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per row of one file, what NAB's calcSweepScore gives: the window the row lies in (its index in
 * `file.windows`, -1 outside every window, -2 in the probationary period) and the unweighted
 * sigmoid reward a detection there would earn (positive in a window, negative outside). Rows
 * before the first window earn -1; rows after a window earn scaledSigmoid(distance past its right
 * edge / (width - 1)). The in-window reward is divided by scaledSigmoid(-1), so the earliest
 * detection earns exactly tpWeight.
 */
export function nabRowRewards(
  file: NabFile,
  probation = NAB_PROBATION,
): { window: Int32Array; reward: Float64Array } {
  const n = file.timeMs.length;
  const window = new Int32Array(n).fill(-1);
  const reward = new Float64Array(n);
  const maxTp = scaledSigmoid(-1);
  const spans = file.windows.map(([start, end]) => {
    const left = rowAtOrAfter(file.timeMs, start);
    const right = Math.min(rowAtOrAfter(file.timeMs, end + 1) - 1, n - 1);
    return [left, right] as const;
  });
  let prevRight = -1;
  let prevWidth = 0;
  let w = 0;
  for (let i = 0; i < n; i++) {
    while (w < spans.length && spans[w][1] < i) {
      prevRight = spans[w][1];
      prevWidth = spans[w][1] - spans[w][0] + 1;
      w++;
    }
    if (w < spans.length && i >= spans[w][0]) {
      const width = spans[w][1] - spans[w][0] + 1;
      reward[i] = scaledSigmoid(-(spans[w][1] - i + 1) / width) / maxTp;
      window[i] = w;
    } else if (prevRight < 0) {
      reward[i] = -1;
    } else {
      reward[i] = scaledSigmoid(Math.abs(prevRight - i) / (prevWidth - 1));
    }
  }
  const probationRows = probationaryLength(n, probation);
  for (let i = 0; i < n && i < probationRows; i++) window[i] = -2;
  return { window, reward };
}

/** One file's anomaly scores with its labels, ready to be swept. */
export interface NabScoredFile {
  readonly file: NabFile;
  /** One score in [0, 1] per row; NaN counts as 0 (no detection at any threshold above 0). */
  readonly score: ArrayLike<number>;
}

/** The corpus score at one threshold: a detection is a row whose score is >= threshold. */
export interface NabThresholdScore {
  readonly threshold: number;
  /** The raw (unnormalised) NAB score: sum of window rewards and false-positive penalties. */
  readonly raw: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/** The best threshold for a profile, its raw score, the baseline and the normalised score. */
export interface NabResult extends NabThresholdScore {
  readonly profile: NabProfileName;
  /** 100 · (raw - nullRaw) / (perfect - nullRaw). */
  readonly normalised: number;
  readonly nullRaw: number;
  /** Windows in the corpus times tpWeight: what a perfect detector earns. */
  readonly perfect: number;
  /** Windows (not wholly probationary) with at least one detection at this threshold. */
  readonly windowsDetected: number;
  /** Windows that can be scored (not wholly inside the probationary period). */
  readonly windowsScored: number;
  /** Detections outside every window, probationary rows excluded. */
  readonly falsePositives: number;
  /** Rows scored (all rows after each file's probationary period). */
  readonly rowsScored: number;
}

interface Row {
  score: number;
  reward: number;
  /** Global window id, or -1 outside every window. */
  window: number;
}

/**
 * NAB's calcScoreByThreshold over a whole corpus: rows sorted by score (highest first), swept down
 * threshold by threshold, every window holding -fnWeight until detected and then the best reward
 * of its detections, every false positive adding fpWeight · reward. Returns the score at every
 * distinct threshold, the first entry being 1.1 (nothing detected), as NAB's sweeper does.
 */
export function nabSweep(
  files: readonly NabScoredFile[],
  profile: NabProfile,
): NabThresholdScore[] {
  const rows: Row[] = [];
  let windowBase = 0;
  for (const { file, score } of files) {
    if (score.length !== file.timeMs.length) {
      throw new RangeError(`${file.name}: ${score.length} scores for ${file.timeMs.length} rows`);
    }
    const { window, reward } = nabRowRewards(file);
    for (let i = 0; i < window.length; i++) {
      if (window[i] === -2) continue;
      const s = Number.isNaN(score[i]) ? 0 : score[i];
      rows.push({
        score: s,
        reward: reward[i],
        window: window[i] < 0 ? -1 : windowBase + window[i],
      });
    }
    windowBase += file.windows.length;
  }
  // Stable sort, highest first: NAB's sorted(..., reverse=True).
  rows.sort((a, b) => b.score - a.score);
  const best = new Float64Array(windowBase).fill(NaN);
  for (const r of rows) if (r.window >= 0) best[r.window] = -profile.fnWeight;
  let windowSum = 0;
  for (const b of best) if (!Number.isNaN(b)) windowSum += b;
  let fpSum = 0;
  let tp = 0;
  let fp = 0;
  let fn = rows.reduce((c, r) => (r.window >= 0 ? c + 1 : c), 0);
  let tn = rows.length - fn;
  const out: NabThresholdScore[] = [];
  let threshold = 1.1;
  for (const r of rows) {
    if (r.score !== threshold) {
      out.push({ threshold, raw: windowSum + fpSum, tp, fp, fn, tn });
      threshold = r.score;
    }
    if (r.window >= 0) {
      tp++;
      fn--;
      const weighted = r.reward * profile.tpWeight;
      if (weighted > best[r.window]) {
        windowSum += weighted - best[r.window];
        best[r.window] = weighted;
      }
    } else {
      fp++;
      tn--;
      fpSum += r.reward * profile.fpWeight;
    }
  }
  out.push({ threshold, raw: windowSum + fpSum, tp, fp, fn, tn });
  return out;
}

/** The entry of a sweep with the highest raw score (the first of equals, as NAB's sort keeps). */
function bestOf(sweep: NabThresholdScore[]): NabThresholdScore {
  let top = sweep[0];
  for (const s of sweep) if (s.raw > top.raw) top = s;
  return top;
}

/** Window and false-positive counts of the detections at `threshold`. */
function detectionCounts(files: readonly NabScoredFile[], threshold: number) {
  let windowsDetected = 0;
  let windowsScored = 0;
  let falsePositives = 0;
  let rowsScored = 0;
  for (const { file, score } of files) {
    const { window } = nabRowRewards(file);
    const hit = new Uint8Array(file.windows.length);
    const scored = new Uint8Array(file.windows.length);
    for (let i = 0; i < window.length; i++) {
      if (window[i] === -2) continue;
      rowsScored++;
      const detected = score[i] >= threshold;
      if (window[i] >= 0) {
        scored[window[i]] = 1;
        if (detected) hit[window[i]] = 1;
      } else if (detected) falsePositives++;
    }
    windowsDetected += hit.reduce((a, b) => a + b, 0);
    windowsScored += scored.reduce((a, b) => a + b, 0);
  }
  return { windowsDetected, windowsScored, falsePositives, rowsScored };
}

/** The null detector's scores: 0.5 on every row, as NAB's null detector. */
export function nullScores(files: readonly NabFile[]): NabScoredFile[] {
  return files.map((file) => ({ file, score: new Float64Array(file.timeMs.length).fill(0.5) }));
}

/**
 * A detector's NAB score on a corpus for one profile, as NAB computes it: the threshold maximising
 * the corpus raw score (optimizer.py), that raw score normalised against the null detector's
 * optimised raw score and the perfect score (windows · tpWeight; runner.py normalize).
 * @example nabScore(files.map((file) => ({ file, score: perfectScores(file) })), 'standard').normalised // 100
 */
export function nabScore(files: readonly NabScoredFile[], profileName: NabProfileName): NabResult {
  const profile = NAB_PROFILES[profileName];
  const top = bestOf(nabSweep(files, profile));
  const nullRaw = bestOf(nabSweep(nullScores(files.map((f) => f.file)), profile)).raw;
  const windows = files.reduce((c, f) => c + f.file.windows.length, 0);
  const perfect = windows * profile.tpWeight;
  return {
    ...top,
    profile: profileName,
    normalised: (100 * (top.raw - nullRaw)) / (perfect - nullRaw),
    nullRaw,
    perfect,
    ...detectionCounts(files, top.threshold),
  };
}

/** A perfect detector for one file: 1 on the first row of every window, 0 elsewhere. */
export function perfectScores(file: NabFile): Float64Array {
  const out = new Float64Array(file.timeMs.length);
  for (const [start] of file.windows) {
    const i = rowAtOrAfter(file.timeMs, start);
    if (i < out.length) out[i] = 1;
  }
  return out;
}
