import { linspace } from './linspace';
import { max } from './max';
import { min } from './min';
import type { Numeric } from './ndarray';

/** Counts per bin and the bin edges (one more edge than counts), as np.histogram returns them. */
export interface Histogram {
  readonly counts: Float64Array;
  readonly edges: Float64Array;
}

/** NumPy's _get_outer_edges: the range, else [min, max] of x, widened by ±0.5 when it is a point. */
function outerEdges(x: Numeric, range: readonly [number, number] | undefined): [number, number] {
  let [first, last] = range ?? (x.length === 0 ? [0, 1] : [min(x), max(x)]);
  if (range && first > last) {
    throw new RangeError(`histogram: range [${first}, ${last}] must have min <= max`);
  }
  if (!Number.isFinite(first) || !Number.isFinite(last)) {
    const origin = range ? 'supplied range' : 'range of x (autodetected)';
    throw new RangeError(`histogram: ${origin} [${first}, ${last}] is not finite`);
  }
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  return [first, last];
}

/**
 * NumPy's fast path for equal bins: the bin from (v - first)·norm, truncated, then nudged by one so
 * it agrees with the linspace edges (v on an edge goes right, except on the last edge).
 */
function equalBinHistogram(x: Numeric, bins: number, range?: readonly [number, number]) {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`histogram: bins must be a positive integer or an array, got ${bins}`);
  }
  const [first, last] = outerEdges(x, range);
  const edges = linspace(first, last, bins + 1);
  const counts = new Float64Array(bins);
  const norm = bins / (last - first);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (!(v >= first && v <= last)) continue;
    let bin = Math.min(Math.trunc((v - first) * norm), bins - 1);
    if (v < edges[bin]) bin--;
    else if (v >= edges[bin + 1] && bin !== bins - 1) bin++;
    counts[bin]++;
  }
  return { counts, edges };
}

/** NumPy's float order for sorting and searching: NaN sorts after everything, even Infinity. */
function before(a: number, b: number): boolean {
  return a < b || (b !== b && a === a);
}

/** np.searchsorted(sorted, v, side): how many of `sorted` lie before v ('left') or not after it. */
function searchSorted(sorted: Float64Array, v: number, side: 'left' | 'right'): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (side === 'left' ? before(sorted[mid], v) : !before(v, sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** NumPy's path for explicit edges: cumulative counts by binary search in sorted x, differenced. */
function edgeHistogram(x: Numeric, edges: Float64Array) {
  for (let i = 0; i + 1 < edges.length; i++) {
    if (edges[i] > edges[i + 1]) {
      throw new RangeError('histogram: bins must increase monotonically, when an array');
    }
  }
  // A typed-array sort puts NaN last, matching NumPy's order.
  const sorted = new Float64Array(x).sort();
  const last = edges.length - 1;
  const below = edges.map((e, i) => searchSorted(sorted, e, i === last ? 'right' : 'left'));
  const counts = new Float64Array(Math.max(last, 0));
  for (let i = 0; i < counts.length; i++) counts[i] = below[i + 1] - below[i];
  return { counts, edges };
}

/**
 * Counts of x in bins, exactly np.histogram(x, bins, range): `bins` equal bins over `range` (default
 * [min(x), max(x)], widened by ±0.5 when they are equal, [0, 1] for empty x), or explicit monotonic
 * edges (range is then ignored, as in NumPy). Bins are half-open [a, b) except the last, [a, b];
 * values outside, and NaN, are not counted.
 * @throws RangeError for a non-positive or fractional bin count, non-monotonic edges, a range with
 * min > max or a non-finite end, or NaN/±Infinity in x without a range (NumPy raises ValueError).
 * @example histogram([1, 2, 2, 3], 2) // { counts: [1, 3], edges: [1, 2, 3] }
 */
export function histogram(
  x: Numeric,
  bins: number | Numeric = 10,
  range?: readonly [number, number],
): Histogram {
  return typeof bins === 'number'
    ? equalBinHistogram(x, bins, range)
    : edgeHistogram(x, Float64Array.from(bins));
}
