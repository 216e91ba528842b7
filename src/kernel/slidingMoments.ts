import type { Numeric } from './ndarray';
import { neumaierAdd, neumaierTotal } from './sum';

/**
 * Re-anchor when the running sum of squares has been this many times the window's sum of squared
 * deviations: rounding in the running sums is relative to that peak, so this bounds the relative
 * error of the variance by about eps·1e4 ≈ 2e-12.
 */
const CANCELLATION_LIMIT = 1e4;

/**
 * Running sums of one window, over its finite values shifted by an anchor (a value of the window
 * itself), kept with Neumaier compensation. Non-finite values are only counted, never summed, so a
 * NaN or ±Infinity leaving the window leaves the sums exactly as if it had never been there.
 */
class WindowSums {
  /** The window mean with NumPy's rules: NaN, or +Inf with -Inf, gives NaN; one infinity wins. */
  mean = NaN;
  /** Σ(x - mean)² of the window; NaN when it holds NaN or ±Infinity (Infinity - Infinity). */
  deviations = NaN;
  /** [Σ(x - anchor), Σ(x - anchor)²] and their Neumaier compensations. */
  private readonly sums = new Float64Array(2);
  private readonly comps = new Float64Array(2);
  private anchor = 0;
  private nan = 0;
  private posInf = 0;
  private negInf = 0;
  /** The largest Σ(x - anchor)² since the last anchoring, which scales the rounding error. */
  private peak = 0;

  constructor(private readonly w: number) {}

  /** Adds v to the window (sign 1) or removes it (sign -1); call measure() before reading. */
  push(v: number, sign: 1 | -1): void {
    if (Number.isFinite(v)) {
      const y = v - this.anchor;
      // Removal subtracts the bit-identical y and y·y that were added, so removals cancel exactly.
      neumaierAdd(this.sums, this.comps, 0, sign * y);
      neumaierAdd(this.sums, this.comps, 1, sign * (y * y));
    } else if (v !== v) this.nan += sign;
    else if (v > 0) this.posInf += sign;
    else this.negInf += sign;
  }

  /**
   * Sets mean and deviations from the sums. Returns false when they can no longer be trusted: the
   * sums have lost too much to cancellation since the last anchoring, or overflowed.
   */
  measure(): boolean {
    const s1 = neumaierTotal(this.sums[0], this.comps[0]);
    const s2 = neumaierTotal(this.sums[1], this.comps[1]);
    this.peak = Math.max(this.peak, s2);
    if (this.nan > 0 || (this.posInf > 0 && this.negInf > 0)) this.mean = NaN;
    else if (this.posInf > 0) this.mean = Infinity;
    else if (this.negInf > 0) this.mean = -Infinity;
    else {
      this.mean = this.anchor + s1 / this.w;
      this.deviations = Math.max(0, s2 - (s1 * s1) / this.w);
      return this.peak <= CANCELLATION_LIMIT * this.deviations;
    }
    this.deviations = NaN;
    return true;
  }

  /**
   * Recomputes the sums of x[start, start + w) from scratch, anchored at the finite element nearest
   * the window's mean: then Σ(x - anchor)² is at most twice the sum of squared deviations, and a
   * constant window has an anchor equal to its value, so its deviations are exactly 0.
   */
  anchorAt(x: Numeric, start: number): void {
    const end = start + this.w;
    let first = start;
    while (first < end && !Number.isFinite(x[first])) first++;
    this.reset(first < end ? x[first] : 0, x, start);
    const finite = this.w - this.nan - this.posInf - this.negInf;
    if (finite > 0) {
      const approxMean = this.anchor + neumaierTotal(this.sums[0], this.comps[0]) / finite;
      let nearest = this.anchor;
      for (let i = start; i < end; i++) {
        const v = x[i];
        if (Number.isFinite(v) && Math.abs(v - approxMean) < Math.abs(nearest - approxMean)) {
          nearest = v;
        }
      }
      this.reset(nearest, x, start);
    }
    this.peak = 0;
    this.measure();
  }

  private reset(anchor: number, x: Numeric, start: number): void {
    this.sums.fill(0);
    this.comps.fill(0);
    this.anchor = anchor;
    this.nan = this.posInf = this.negInf = 0;
    for (let i = start; i < start + this.w; i++) this.push(x[i], 1);
  }
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
 * Calls visit(j, mean, deviations) for every window x[j, j + w), in order, where deviations is the
 * window's Σ(x - mean)²: the shared engine of movingMean and movingStd. Rolling Neumaier sums of
 * x - anchor, re-anchored with an exact recomputation whenever cancellation would cost more than
 * ~1e-12 relative, so 1e9 + noise and level shifts stay exact. O(n) amortised, whatever w is.
 * A window holding NaN or ±Infinity follows NumPy (mean NaN or ±Infinity, deviations NaN).
 * @throws RangeError when w is not an integer in [1, x.length].
 * @example slidingMoments([1, 2, 4], 2, (j, m, d) => log(j, m, d)) // (0, 1.5, 0.5), (1, 3, 2)
 */
export function slidingMoments(
  x: Numeric,
  w: number,
  visit: (j: number, mean: number, deviations: number) => void,
): void {
  windowCount(x.length, w);
  const window = new WindowSums(w);
  window.anchorAt(x, 0);
  visit(0, window.mean, window.deviations);
  for (let i = w; i < x.length; i++) {
    window.push(x[i - w], -1);
    window.push(x[i], 1);
    if (!window.measure()) window.anchorAt(x, i - w + 1);
    visit(i - w + 1, window.mean, window.deviations);
  }
}
