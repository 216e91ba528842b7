import type { Numeric } from './ndarray';

/**
 * Indices that keep the shape of a long series when drawn at `buckets` columns: for each of
 * `buckets` equal runs of x, the positions of its minimum and maximum (NaN skipped), ascending and
 * without repeats; a run that is all NaN keeps its first index so gaps still show. NumPy has no
 * equivalent (it is min/max decimation, as chart libraries use). O(n); at most 2 * buckets indices.
 * x.length <= 2 * buckets -> every index. Empty x -> empty.
 * @throws RangeError when buckets is not a positive integer.
 * @example minMaxIndices([5, 1, 9, 2, 8, 3], 1) // Uint32Array [1, 2]
 */
export function minMaxIndices(x: Numeric, buckets: number): Uint32Array {
  if (!Number.isInteger(buckets) || buckets < 1) {
    throw new RangeError(`buckets must be a positive integer, got ${buckets}`);
  }
  const n = x.length;
  if (n <= 2 * buckets) return Uint32Array.from({ length: n }, (_, i) => i);
  const out = new Uint32Array(2 * buckets);
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * n) / buckets);
    const end = Math.floor(((b + 1) * n) / buckets);
    let lo = -1;
    let hi = -1;
    for (let i = start; i < end; i++) {
      const v = x[i];
      if (v !== v) continue;
      if (lo < 0 || v < x[lo]) lo = i;
      if (hi < 0 || v > x[hi]) hi = i;
    }
    if (lo < 0) {
      out[count++] = start;
    } else if (lo === hi) {
      out[count++] = lo;
    } else {
      out[count++] = Math.min(lo, hi);
      out[count++] = Math.max(lo, hi);
    }
  }
  return out.slice(0, count);
}
