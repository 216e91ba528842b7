import { lowerBound } from './lowerBound';

/**
 * The linear percentile (NumPy's default 'linear' method, Hyndman & Fan type 7) of values already
 * in ascending order: an O(1) read at virtual index (n - 1)·q / 100, blended with NumPy's _lerp
 * (exact at both ends; NaN when an end is infinite, as NumPy). Same arithmetic as percentile.
 * NumPy: np.percentile(sorted, q). Empty -> NaN (like np.nanpercentile of an all-NaN window).
 * @throws RangeError when q lies outside [0, 100] or is NaN.
 * @example sortedPercentile(Float64Array.of(1, 2, 3, 4), 25) // 1.75
 */
export function sortedPercentile(sorted: Float64Array, q: number): number {
  const fraction = q / 100;
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`q must lie in [0, 100], got ${q}`);
  const n = sorted.length;
  if (n === 0) return NaN;
  const index = (n - 1) * fraction;
  // NumPy clamps the upper neighbour to the last element and then weighs with index + 1; lerp of
  // equal ends ignores the weight, except that Infinity - Infinity keeps NumPy's NaN.
  const below = index >= n - 1 ? n - 1 : Math.floor(index);
  const above = index >= n - 1 ? n - 1 : below + 1;
  const t = index >= n - 1 ? index + 1 : index - below;
  const a = sorted[below];
  const d = sorted[above] - a;
  return t >= 0.5 ? sorted[above] - d * (1 - t) : a + d * t;
}

/** A bounded multiset of numbers held in ascending order, for sliding-window order statistics. */
export interface SortedWindow {
  /** How many values the window holds (NaN is never held). */
  readonly size: number;
  /** Adds v by binary search and one O(size) shift; NaN is ignored (nan-function semantics). */
  insert(v: number): void;
  /** Removes one copy of v the same way; NaN is ignored. */
  remove(v: number): void;
  /** sortedPercentile of the held values: O(1). */
  percentile(q: number): number;
  /** A fresh ascending copy of the held values. */
  values(): Float64Array;
}

/**
 * An empty sorted window holding up to `capacity` values: insert and remove in O(log w + w) (binary
 * search plus one copyWithin shift, no re-sort), percentile reads in O(1). NumPy has no equivalent;
 * a rolling np.percentile over windows gives the same numbers. NaN is never held, so percentiles
 * follow np.nanpercentile; an empty window reads NaN.
 * @throws RangeError naming capacity when it is not a non-negative integer, or an insert exceeds it;
 *   RangeError when removing a value the window does not hold.
 * @example const w = sortedWindow(3); w.insert(3); w.insert(1); w.insert(2); w.percentile(50) // 2
 */
export function sortedWindow(capacity: number): SortedWindow {
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new RangeError(`capacity must be a non-negative integer, got ${capacity}`);
  }
  const buffer = new Float64Array(capacity);
  let size = 0;
  return {
    get size() {
      return size;
    },
    insert(v) {
      if (Number.isNaN(v)) return;
      if (size === capacity) throw new RangeError(`capacity ${capacity} exceeded by insert(${v})`);
      const i = lowerBound(buffer, size, v);
      buffer.copyWithin(i + 1, i, size);
      buffer[i] = v;
      size++;
    },
    remove(v) {
      if (Number.isNaN(v)) return;
      const i = lowerBound(buffer, size, v);
      if (i === size || buffer[i] !== v)
        throw new RangeError(`remove(${v}): value not in the window`);
      buffer.copyWithin(i, i + 1, size);
      size--;
    },
    percentile(q) {
      return sortedPercentile(buffer.subarray(0, size), q);
    },
    values() {
      return buffer.slice(0, size);
    },
  };
}
