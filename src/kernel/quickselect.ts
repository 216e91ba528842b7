/**
 * Rearranges `a` in place so that a[k] holds the value a full sort would put there, with no larger
 * value before it and no smaller value after it (like np.partition(a, k)). `a` must be NaN-free;
 * callers pass their own scratch copy, since this mutates its argument. Only a[lo..hi] is touched
 * (default: all of it), which is enough when every value before lo is no larger than every value in
 * it and every value after hi no smaller, as an earlier partition leaves them.
 * Introselect: Hoare partitioning around a median-of-three pivot, O(n) on average; after 2·log2(n)
 * rounds without converging it sorts the remaining range, bounding the worst case at O(n log n).
 * @example const a = Float64Array.of(5, 1, 4, 2, 3); quickselect(a, 1); a[1] // 2
 */
export function quickselect(a: Float64Array, k: number, lo = 0, hi = a.length - 1): void {
  let rounds = 2 * Math.ceil(Math.log2(hi - lo + 2));
  while (lo < hi) {
    if (rounds-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // Hoare's scheme leaves a[lo..j] <= pivot <= a[i..hi], and everything strictly between equals it.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
