/**
 * Normwise relative error of `ours` against NumPy's `theirs`: max |ours - theirs| / max |theirs|
 * (a plain relative error for scalars). Normwise, so entries near zero (say a correlation of 0.001)
 * do not inflate it. Different lengths, or NaN in one result but not the other, give Infinity.
 * @example relativeError([1, 2.000001], new Float64Array([1, 2])) // 5.00000000069889e-7
 */
export function relativeError(ours: number | ArrayLike<number>, theirs: Float64Array): number {
  const a = typeof ours === 'number' ? [ours] : ours;
  if (a.length !== theirs.length) return Infinity;
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]) !== Number.isNaN(theirs[i])) return Infinity;
    if (Number.isNaN(a[i])) continue;
    diff = Math.max(diff, Math.abs(a[i] - theirs[i]));
    scale = Math.max(scale, Math.abs(theirs[i]));
  }
  return diff === 0 ? 0 : diff / scale;
}
