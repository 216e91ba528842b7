import { toFloat64 } from './loops';
import { pairwiseSum } from './pairwiseSum';
import type { Numeric } from './ndarray';

/**
 * The dot products Σ_t c[a + t]·c[b + t] (t < m, added in order t = 0, 1, … like a plain loop) of
 * four row pairs (a, b) = (offsets[p], offsets[p + 1]) for p = at, at + 2, at + 4, at + 6, at once:
 * four independent sums keep the CPU busy while each keeps the rounding of its own sequential loop.
 */
function dot4(c: Float64Array, m: number, offsets: Int32Array, at: number): Float64Array {
  const [a0, b0, a1, b1, a2, b2, a3, b3] = offsets.subarray(at, at + 8);
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let t = 0; t < m; t++) {
    d0 += c[a0 + t] * c[b0 + t];
    d1 += c[a1 + t] * c[b1 + t];
    d2 += c[a2 + t] * c[b2 + t];
    d3 += c[a3 + t] * c[b3 + t];
  }
  return Float64Array.of(d0, d1, d2, d3);
}

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
  // Every row minus its mean (NumPy's pairwise sum / m, as np.corrcoef's np.average), one after another in one scratch array.
  const centred = new Float64Array(k * m);
  rows.forEach((row, r) => {
    if (row.length !== m) {
      throw new RangeError(
        `rows must all have the same length: row 0 has ${m}, row ${r} has ${row.length}`,
      );
    }
    const values = toFloat64(row);
    const mu = pairwiseSum(values, 0, m) / m;
    for (let t = 0; t < m; t++) centred[r * m + t] = values[t] - mu;
  });
  // Row pairs (i, j <= i) in groups of four, the last group padded by repeating its last pair.
  const pairs: number[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j <= i; j++) pairs.push(i, j);
  while (pairs.length % 8 !== 0) pairs.push(...pairs.slice(-2));
  const offsets = Int32Array.from(pairs, (r) => r * m);
  const scatter = new Float64Array(k * k);
  for (let p = 0; p < pairs.length; p += 8) {
    const dots = dot4(centred, m, offsets, p);
    for (let q = 0; q < 4; q++) {
      const [i, j] = [pairs[p + 2 * q], pairs[p + 2 * q + 1]];
      scatter[i * k + j] = scatter[j * k + i] = dots[q];
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
