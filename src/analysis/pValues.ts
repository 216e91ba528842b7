// Tail probabilities of the reference distributions behind the analyses' significance tests.
// Both wrap stdlib's ports of the Cephes/Boost routines rather than hand-written special functions.
import gammainc from '@stdlib/math-base-special-gammainc';
import tCdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * Upper-tail probability P(X >= statistic) of a chi-square distribution with `dof` degrees of freedom.
 * SciPy: scipy.stats.chi2.sf(statistic, dof), the p-value of scipy.stats.chisquare.
 * statistic = Infinity -> 0; dof <= 0, a negative statistic or NaN -> NaN.
 * @example chiSquarePValue(3.84, 1) // 0.05004352124870509
 */
export function chiSquarePValue(statistic: number, dof: number): number {
  // stdlib's gammainc returns NaN at x = Infinity, where the upper tail is 0.
  if (statistic === Infinity && dof > 0) return 0;
  // The chi-square survival function is the regularised upper incomplete gamma Q(dof/2, x/2).
  return gammainc(statistic / 2, dof / 2, true, true);
}

/**
 * Two-sided p-value P(|T| >= |t|) of Student's t distribution with `dof` degrees of freedom.
 * SciPy: 2 * scipy.stats.t.sf(abs(t), dof), as in scipy.stats.linregress.
 * t = +-Infinity -> 0; dof <= 0 or NaN -> NaN.
 * @example tTestPValue(2.0, 10) // 0.0733880347707404
 */
export function tTestPValue(t: number, dof: number): number {
  // The lower tail at -|t| keeps tiny p-values accurate; 1 - cdf(|t|) would round them to 0.
  return 2 * tCdf(-Math.abs(t), dof);
}
