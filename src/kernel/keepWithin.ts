import { toFloat64 } from './loops';
import type { Numeric } from './ndarray';

/**
 * The values of x inside the closed range [lo, hi], in order. NumPy: x[(x >= lo) & (x <= hi)].
 * NaN is never kept (it compares false); a NaN bound keeps nothing. Empty in, empty out. Writes the
 * kept values to the start of `out` when given and returns that view of it; unlike NumPy's out=,
 * `out` is sized for the worst case (at least x.length), since the result's length is only known
 * once x is read. Without `out` the result is a fresh Float64Array of exactly the kept length.
 * @throws RangeError when out is shorter than x.
 * @example keepWithin([5, NaN, 1, 9], 1, 5) // Float64Array [5, 1]
 */
export function keepWithin(x: Numeric, lo: number, hi: number, out?: Float64Array): Float64Array {
  const a = toFloat64(x);
  const n = a.length;
  if (out !== undefined && out.length < n) {
    throw new RangeError(`out has length ${out.length}, it needs at least ${n} (x's length)`);
  }
  let kept = out;
  if (kept === undefined) {
    let count = 0;
    for (let i = 0; i < n; i++) count += +(a[i] >= lo && a[i] <= hi);
    kept = new Float64Array(count);
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (v >= lo && v <= hi) kept[count++] = v;
  }
  return kept.subarray(0, count);
}
