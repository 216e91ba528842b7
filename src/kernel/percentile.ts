import { dropNaN } from './dropNaN';
import { scratchCopy } from './scratch';
import type { Numeric } from './ndarray';
import { quickselect } from './quickselect';

/**
 * NumPy's `_lerp`: a + (b - a)·t below t = 0.5 and b - (b - a)·(1 - t) from there on, so the result
 * is exact at both ends. Copied operation for operation so results agree with NumPy to the last bit
 * (including its NaN for an infinite end, where b - a is Infinity or NaN).
 */
function lerp(a: number, b: number, t: number): number {
  const d = b - a;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

/** q in percent as NumPy's fraction q / 100, validated the way NumPy's _quantile_is_valid does. */
function fractionOf(q: number): number {
  const fraction = q / 100;
  if (!(fraction >= 0 && fraction <= 1)) {
    throw new RangeError(`q must lie in [0, 100], got ${q}`);
  }
  return fraction;
}

/** Every q as a fraction, checked before x is looked at (as NumPy does, so even empty x reports q). */
function fractionsOf(q: number | Numeric): number | Float64Array {
  return typeof q === 'number' ? fractionOf(q) : Float64Array.from(q, fractionOf);
}

/**
 * Where NumPy's 'linear' method reads the sorted values: virtual index (n - 1)·fraction, its floor
 * `below` and `below + 1`, both clamped to the last index. As in NumPy's _get_indexes, a clamped
 * index counts as -1 when the weight is formed, so gamma = index + 1 there: lerp then returns the
 * last value, or NaN when it is infinite (b - a = NaN), exactly as NumPy does.
 */
function linearPosition(n: number, fraction: number) {
  const index = (n - 1) * fraction;
  if (index >= n - 1) return { below: n - 1, above: n - 1, gamma: index + 1 };
  const below = Math.floor(index);
  return { below, above: below + 1, gamma: index - below };
}

function hasNaN(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) return true;
  return false;
}

/**
 * Smallest of values[from..to); after quickselect(values, from - 1) puts every value from `from` on
 * no lower than the ones before, that is the next order statistic.
 */
function minFrom(values: Float64Array, from: number, to = values.length): number {
  let m = values[from];
  for (let i = from + 1; i < to; i++) if (values[i] < m) m = values[i];
  return m;
}

/**
 * Selecting m order statistics costs about n·log2(m), one sort n·log2(n) with a larger constant:
 * measured in V8 at n = 1e3 … 1e6, selection wins until m is about 3·log2(n) (30 at 1e3, 60 at 1e6).
 */
const SELECTIONS_PER_LOG2N = 3;

/**
 * Puts the order statistic of every index in ks[from..to) (ascending, distinct, within [lo, hi])
 * at its place, like np.partition(values, ks): the index nearest the middle of [lo, hi] first, by
 * quickselect over values[lo..hi], then the others on their side of it, so m indices cost
 * O(n·log m), and skewed ones such as [50, 95, 99] cost about 1.5 selections.
 */
function selectAll(
  values: Float64Array,
  ks: readonly number[],
  from: number,
  to: number,
  lo: number,
  hi: number,
): void {
  if (from >= to) return;
  // Split at the index nearest the middle of the range, so both sides at least halve.
  const centre = (lo + hi) / 2;
  let mid = from;
  while (mid + 1 < to && Math.abs(ks[mid + 1] - centre) < Math.abs(ks[mid] - centre)) mid++;
  const k = ks[mid];
  quickselect(values, k, lo, hi);
  selectAll(values, ks, from, mid, lo, k - 1);
  selectAll(values, ks, mid + 1, to, k + 1, hi);
}

/**
 * Linear percentiles of `values` (a non-empty scratch copy, reordered here): selection for one q;
 * for an array of q, selection of every order statistic they read (np.partition, as NumPy does)
 * while there are few, else one sort. NaN in values -> NaN results, as in NumPy 1.24.
 */
function linearPercentiles(values: Float64Array, fractions: number | Float64Array) {
  const n = values.length;
  const nan = hasNaN(values);
  if (typeof fractions === 'number') {
    if (nan) return NaN;
    const { below, above, gamma } = linearPosition(n, fractions);
    quickselect(values, below);
    const next = above === below ? values[below] : minFrom(values, above);
    return lerp(values[below], next, gamma);
  }
  if (nan) return fractions.map(() => NaN);
  const positions = Array.from(fractions, (fraction) => linearPosition(n, fraction));
  const ks = [...new Set(positions.map(({ below }) => below))].sort((a, b) => a - b);
  if (ks.length > SELECTIONS_PER_LOG2N * Math.log2(n)) {
    values.sort();
    return Float64Array.from(positions, ({ below, above, gamma }) =>
      lerp(values[below], values[above], gamma),
    );
  }
  selectAll(values, ks, 0, ks.length, 0, n - 1);
  // values[below + 1] is the smallest value between its selected index and the next selected one.
  const nextSelected = new Map(ks.map((k, i) => [k, i + 1 < ks.length ? ks[i + 1] : n]));
  return Float64Array.from(positions, ({ below, above, gamma }) => {
    const next = above === below ? values[below] : minFrom(values, above, nextSelected.get(below));
    return lerp(values[below], next, gamma);
  });
}

/**
 * The q-th percentile(s) of x by linear interpolation between order statistics: NumPy's default
 * method 'linear' (Hyndman & Fan type 7), with NumPy's lerp. O(n) selection for a number q,
 * O(n·log m) selection for an array of m q, one O(n log n) sort once m exceeds 3·log2(n).
 * NumPy: np.percentile(x, q). NaN anywhere -> NaN.
 * @throws RangeError when a q lies outside [0, 100] or is NaN, or x is empty (NumPy raises).
 * @example percentile([1, 2, 3, 4], 25) // 1.75
 */
export function percentile(x: Numeric, q: number): number;
export function percentile(x: Numeric, q: Numeric): Float64Array;
export function percentile(x: Numeric, q: number | Numeric): number | Float64Array;
export function percentile(x: Numeric, q: number | Numeric): number | Float64Array {
  const fractions = fractionsOf(q);
  if (x.length === 0) {
    throw new RangeError('percentile(x, q): x is empty (NumPy raises IndexError)');
  }
  return linearPercentiles(scratchCopy(x), fractions);
}

/**
 * The q-th percentile(s) of the non-NaN values of x, as percentile computes them.
 * NumPy: np.nanpercentile(x, q). Empty or all-NaN x -> NaN for every q (NumPy warns). Differs on
 * purpose for empty x with an array q: one NaN per q, where NumPy 1.24 returns a single scalar nan.
 * @throws RangeError when a q lies outside [0, 100] or is NaN.
 * @example nanpercentile([4, NaN, 1, 3, 2], [25, 50]) // Float64Array [1.75, 2.5]
 */
export function nanpercentile(x: Numeric, q: number): number;
export function nanpercentile(x: Numeric, q: Numeric): Float64Array;
export function nanpercentile(x: Numeric, q: number | Numeric): number | Float64Array;
export function nanpercentile(x: Numeric, q: number | Numeric): number | Float64Array {
  const fractions = fractionsOf(q);
  const kept = dropNaN(x);
  if (kept.length > 0) return linearPercentiles(kept, fractions);
  return typeof fractions === 'number' ? NaN : fractions.map(() => NaN);
}

/**
 * The median: the middle order statistic, or the mean (a + b) / 2 of the two middle ones, found by
 * O(n) selection. NumPy: np.median(x), which averages rather than lerps, so median([1, Infinity])
 * is Infinity where percentile(x, 50) is NaN. Empty -> NaN (NumPy warns); NaN anywhere -> NaN.
 * @example median([3, 1, 4, 2]) // 2.5
 */
export function median(x: Numeric): number {
  const values = scratchCopy(x);
  const n = values.length;
  if (n === 0 || hasNaN(values)) return NaN;
  const upper = n >> 1;
  if (n % 2 === 1) {
    quickselect(values, upper);
    return values[upper];
  }
  quickselect(values, upper - 1);
  return (values[upper - 1] + minFrom(values, upper)) / 2;
}
