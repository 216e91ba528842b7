import { mean } from './mean';
import type { Numeric } from './ndarray';

/**
 * Pearson correlation matrix of k rows (variables) over their columns (observations), k × k in
 * row-major order. NumPy: np.corrcoef(rows): centred dot products divided by both standard
 * deviations, clipped to [-1, 1]; the diagonal is exactly 1. A constant row, a row with NaN, or
 * rows of one observation give NaN in that row and column (0/0), as in NumPy; no rows give [].
 * @throws RangeError when the rows differ in length.
 * @example corrcoef([[1, 2, 3], [3, 2, 0]]) // Float64Array [1, -0.9819805060619656, -0.9819805060619656, 1]
 */
export function corrcoef(rows: readonly Numeric[]): Float64Array {
  const k = rows.length;
  const m = k > 0 ? rows[0].length : 0;
  const centred = rows.map((row, r) => {
    if (row.length !== m) {
      throw new RangeError(
        `rows must all have the same length: row 0 has ${m}, row ${r} has ${row.length}`,
      );
    }
    const mu = mean(row);
    const d = new Float64Array(m);
    for (let t = 0; t < m; t++) d[t] = row[t] - mu;
    return d;
  });
  const scatter = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      const a = centred[i];
      const b = centred[j];
      let dot = 0;
      for (let t = 0; t < m; t++) dot += a[t] * b[t];
      scatter[i * k + j] = scatter[j * k + i] = dot;
    }
  }
  // The scatter matrix is the covariance times m - 1, a factor that cancels in the ratio.
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    const si = Math.sqrt(scatter[i * k + i]);
    // s/s is exactly 1 (NaN for a constant or NaN row) where s/√s/√s may round to 0.9999999999999999.
    out[i * k + i] = scatter[i * k + i] / scatter[i * k + i];
    for (let j = 0; j < i; j++) {
      const r = scatter[i * k + j] / si / Math.sqrt(scatter[j * k + j]);
      out[i * k + j] = out[j * k + i] = r > 1 ? 1 : r < -1 ? -1 : r;
    }
  }
  return out;
}
