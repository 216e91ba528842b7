/**
 * The increase of a monotonic counter over each step, as Prometheus's increase() and rate() read
 * counters: a value below the one before means the counter was reset (a restart), so that step's
 * increase is the new value, counted from zero. The first step, and a step whose value is NaN,
 * is NaN; the step after a NaN counts from the last value that was not NaN.
 * NumPy: d = np.diff(x, prepend=np.nan); np.where(d < 0, x, d), apart from the NaN carry-over.
 * @example counterIncreases([10, 15, 3, 8]) // [NaN, 5, 3, 5]
 */
export function counterIncreases(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  let last = NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (last === last) out[i] = v >= last ? v - last : v;
    last = v;
  }
  return out;
}
