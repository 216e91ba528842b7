import tcdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * The p-quantile of Student's t with `dof` degrees of freedom, found by bisecting stdlib's t CDF to
 * the last representable bit (about 60 CDF calls). SciPy: scipy.stats.t.ppf(p, dof).
 * p = 0 -> -Infinity, p = 1 -> Infinity; p outside [0, 1], NaN, or dof not a finite positive
 * number -> NaN (SciPy gives the normal quantile for dof = inf; stdlib's CDF cannot).
 * @example studentTQuantile(0.975, 5) // 2.5705818366147395
 */
export function studentTQuantile(p: number, dof: number): number {
  if (!(p >= 0 && p <= 1) || !(dof > 0) || !Number.isFinite(dof)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  // The t distribution is symmetric, so the lower tail mirrors the upper one.
  if (p < 0.5) return -studentTQuantile(1 - p, dof);
  let lo = 0;
  let hi = 1;
  while (tcdf(hi, dof) < p) {
    lo = hi;
    hi *= 2;
  }
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) return mid;
    if (tcdf(mid, dof) < p) lo = mid;
    else hi = mid;
  }
}
