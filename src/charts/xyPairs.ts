/**
 * [x, y] rows for an ECharts line or scatter series from columnar arrays (ECharts takes typed
 * arrays poorly for pairs). A y that is NaN or ±Infinity becomes null, which ECharts draws as a
 * gap. O(n); the views are decimated to about 1000 points, so this stays cheap.
 * @example xyPairs([0, 1], [5, NaN]) // [[0, 5], [1, null]]
 */
export function xyPairs(x: ArrayLike<number>, y: ArrayLike<number>): [number, number | null][] {
  return Array.from(x, (xi, i) => [xi, Number.isFinite(y[i]) ? y[i] : null]);
}
