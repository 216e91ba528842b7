import { toFloat64 } from './loops';
import type { Numeric } from './ndarray';

/**
 * Re-anchor when the running sum of squares has been this many times the window's sum of squared
 * deviations: rounding in the running sums is relative to that peak, so this bounds the relative
 * error of the variance by about eps·1e4 ≈ 2e-12.
 */
const CANCELLATION_LIMIT = 1e4;

/** Slots of the state anchoredSums hands to roll: the sums, their compensations, the counts. */
const S1 = 0;
const C1 = 1;
const S2 = 2;
const C2 = 3;
const NAN = 4;
const POS_INF = 5;
const NEG_INF = 6;
const ANCHOR = 7;

/**
 * Writes to `state` the sums of x[start, start + w) over its finite values shifted by `anchor`:
 * Σ(x - anchor) and Σ(x - anchor)² with their Neumaier compensations (Knuth's branch-free
 * TwoSum), and the counts of NaN, +Infinity and -Infinity, which are never summed.
 */
function accumulate(
  x: Float64Array,
  start: number,
  w: number,
  anchor: number,
  state: Float64Array,
) {
  let s1 = 0;
  let c1 = 0;
  let s2 = 0;
  let c2 = 0;
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  for (let i = start; i < start + w; i++) {
    const v = x[i];
    if (Number.isFinite(v)) {
      const y = v - anchor;
      const yy = y * y;
      const t1 = s1 + y;
      const p1 = t1 - s1;
      c1 += s1 - (t1 - p1) + (y - p1);
      s1 = t1;
      const t2 = s2 + yy;
      const p2 = t2 - s2;
      c2 += s2 - (t2 - p2) + (yy - p2);
      s2 = t2;
    } else if (v !== v) nan++;
    else if (v > 0) posInf++;
    else negInf++;
  }
  state[S1] = s1;
  state[C1] = c1;
  state[S2] = s2;
  state[C2] = c2;
  state[NAN] = nan;
  state[POS_INF] = posInf;
  state[NEG_INF] = negInf;
  state[ANCHOR] = anchor;
}

/**
 * The sums of x[start, start + w) recomputed from scratch, anchored at the finite element nearest
 * the window's mean: then Σ(x - anchor)² is at most twice the sum of squared deviations, and a
 * constant window has an anchor equal to its value, so its deviations are exactly 0.
 */
function anchoredSums(x: Float64Array, start: number, w: number, state: Float64Array): void {
  const end = start + w;
  let first = start;
  while (first < end && !Number.isFinite(x[first])) first++;
  accumulate(x, start, w, first < end ? x[first] : 0, state);
  const finite = w - state[NAN] - state[POS_INF] - state[NEG_INF];
  if (finite === 0) return;
  const s1 = state[S1];
  const approxMean = state[ANCHOR] + (Number.isFinite(s1) ? s1 + state[C1] : s1) / finite;
  let nearest = state[ANCHOR];
  for (let i = start; i < end; i++) {
    const v = x[i];
    if (Number.isFinite(v) && Math.abs(v - approxMean) < Math.abs(nearest - approxMean)) {
      nearest = v;
    }
  }
  accumulate(x, start, w, nearest, state);
}

/**
 * The number of length-w windows of a series of length n, n - w + 1, like the first dimension of
 * NumPy's sliding_window_view(x, w). NumPy raises for w > n or w < 0 and gives empty windows for
 * w = 0; here any w outside [1, n] throws.
 * @throws RangeError when w is not an integer in [1, n].
 * @example windowCount(5, 3) // 3
 */
export function windowCount(n: number, w: number): number {
  if (!Number.isInteger(w) || w < 1 || w > n) {
    throw new RangeError(`w must be an integer in [1, ${n}] (the length of x), got ${w}`);
  }
  return n - w + 1;
}

/**
 * Rolls freshly anchored sums (in `state`, for window `first`) forward one window at a time, writing
 * each window's mean and Σ(x - mean)², until a window's sums have lost too much to cancellation
 * since anchoring, or overflowed; returns that window's index (to re-anchor from), or `count`.
 * Its state lives in locals so the loop's dependency chains stay in registers.
 */
function roll(
  a: Float64Array,
  w: number,
  first: number,
  count: number,
  state: Float64Array,
  means: Float64Array | null,
  deviations: Float64Array | null,
): number {
  let s1 = state[S1];
  let c1 = state[C1];
  let s2 = state[S2];
  let c2 = state[C2];
  let nan = state[NAN] | 0;
  let posInf = state[POS_INF] | 0;
  let negInf = state[NEG_INF] | 0;
  const anchor = state[ANCHOR];
  // The largest Σ(x - anchor)² since anchoring, which scales the rounding error.
  let peak = 0;
  for (let j = first; j < count; j++) {
    if (j > first) {
      // Removal subtracts the bit-identical y and y·y that were added, so removals cancel exactly.
      const old = a[j - 1];
      if (Number.isFinite(old)) {
        const d = old - anchor;
        const y = -d;
        const yy = -(d * d);
        const t1 = s1 + y;
        const p1 = t1 - s1;
        c1 += s1 - (t1 - p1) + (y - p1);
        s1 = t1;
        const t2 = s2 + yy;
        const p2 = t2 - s2;
        c2 += s2 - (t2 - p2) + (yy - p2);
        s2 = t2;
      } else if (old !== old) nan--;
      else if (old > 0) posInf--;
      else negInf--;
      const v = a[j + w - 1];
      if (Number.isFinite(v)) {
        const y = v - anchor;
        const yy = y * y;
        const t1 = s1 + y;
        const p1 = t1 - s1;
        c1 += s1 - (t1 - p1) + (y - p1);
        s1 = t1;
        const t2 = s2 + yy;
        const p2 = t2 - s2;
        c2 += s2 - (t2 - p2) + (yy - p2);
        s2 = t2;
      } else if (v !== v) nan++;
      else if (v > 0) posInf++;
      else negInf++;
    }
    const sum1 = Number.isFinite(s1) ? s1 + c1 : s1;
    const sum2 = Number.isFinite(s2) ? s2 + c2 : s2;
    peak = Math.max(peak, sum2);
    // NumPy's mean rules: NaN, or +Infinity with -Infinity, gives NaN; one infinity wins.
    let mean = NaN;
    let deviation = NaN;
    if (nan > 0 || (posInf > 0 && negInf > 0)) mean = NaN;
    else if (posInf > 0) mean = Infinity;
    else if (negInf > 0) mean = -Infinity;
    else {
      mean = anchor + sum1 / w;
      deviation = Math.max(0, sum2 - (sum1 * sum1) / w);
      if (j > first && !(peak <= CANCELLATION_LIMIT * deviation)) return j;
    }
    if (means) means[j] = mean;
    if (deviations) deviations[j] = deviation;
  }
  return count;
}

/**
 * Writes the mean and Σ(x - mean)² of every window x[j, j + w) to means[j] and deviations[j] (either
 * may be null when not wanted): the shared engine of movingMean and movingStd. Rolling Neumaier sums
 * of x - anchor, re-anchored with an exact recomputation whenever cancellation would cost more than
 * ~1e-12 relative, so 1e9 + noise and level shifts stay exact. O(n) amortised, whatever w is.
 * A window holding NaN or ±Infinity follows NumPy (mean NaN or ±Infinity, deviations NaN).
 * @throws RangeError when w is not an integer in [1, x.length].
 * @example slidingMoments([1, 2, 4], 2, means, deviations) // means [1.5, 3], deviations [0.5, 2]
 */
export function slidingMoments(
  x: Numeric,
  w: number,
  means: Float64Array | null,
  deviations: Float64Array | null,
): void {
  const count = windowCount(x.length, w);
  const a = toFloat64(x);
  const state = new Float64Array(8);
  for (let j = 0; j < count;) {
    anchoredSums(a, j, w, state);
    j = roll(a, w, j, count, state, means, deviations);
  }
}
