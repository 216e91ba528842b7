import type { Numeric } from './ndarray';

/**
 * Least-squares solution z of a·z ≈ b by Householder QR, where `ab` holds the n × m matrix a and
 * then b as column m, column-major (overwritten). Throws when a is numerically rank-deficient,
 * judged like NumPy's lstsq cutoff rcond = n·eps relative to the largest diagonal entry of R.
 */
function householderSolve(ab: Float64Array, n: number, m: number): Float64Array {
  const diag = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const col = k * n;
    let norm = 0;
    for (let i = k; i < n; i++) norm += ab[col + i] * ab[col + i];
    norm = Math.sqrt(norm);
    // Reflect onto -sign(a_kk)·‖a_k‖ so that forming v = a_k - alpha·e_k never cancels.
    const alpha = ab[col + k] > 0 ? -norm : norm;
    diag[k] = alpha;
    ab[col + k] -= alpha;
    let vv = 0;
    for (let i = k; i < n; i++) vv += ab[col + i] * ab[col + i];
    if (vv === 0) continue;
    for (let j = k + 1; j <= m; j++) {
      const target = j * n;
      let dot = 0;
      for (let i = k; i < n; i++) dot += ab[col + i] * ab[target + i];
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) ab[target + i] -= f * ab[col + i];
    }
  }
  const largest = Math.max(...diag.map(Math.abs));
  if (diag.some((d) => !(Math.abs(d) > n * Number.EPSILON * largest))) {
    throw new RangeError(`x must hold at least deg + 1 = ${m} distinct values`);
  }
  const z = new Float64Array(m);
  for (let k = m - 1; k >= 0; k--) {
    let s = ab[m * n + k];
    for (let j = k + 1; j < m; j++) s -= ab[j * n + k] * z[j];
    z[k] = s / diag[k];
  }
  return z;
}

/**
 * Least-squares polynomial of degree deg, coefficients highest power first. NumPy:
 * np.polyfit(x, y, deg). Householder QR on a column-scaled Vandermonde matrix of x mapped to
 * [-1, 1], expanded back to powers of x: at epoch-second x (~1.7e9) deg 2 stays within ~1e-11 of
 * the exact fit, where NumPy's unmapped fit is off by ~1e-6. NaN or ±Infinity in x or y -> all NaN
 * (NumPy returns NaN or raises LinAlgError). Throws where NumPy only warns RankWarning.
 * @throws RangeError for x and y of different lengths, empty x, deg not a non-negative integer,
 * or fewer than deg + 1 distinct x values.
 * @example polyfit([0, 2, 4], [1, 5, 9], 1) // Float64Array [2, 1]
 */
export function polyfit(x: Numeric, y: Numeric, deg: number): Float64Array {
  const n = x.length;
  if (!Number.isInteger(deg) || deg < 0) {
    throw new RangeError(`deg must be a non-negative integer, got ${deg}`);
  }
  if (n === 0) throw new RangeError('x must not be empty');
  if (y.length !== n) {
    throw new RangeError(`x and y must have the same length, got ${n} and ${y.length}`);
  }
  const m = deg + 1;
  if (n < m) throw new RangeError(`x must hold at least deg + 1 = ${m} points, got ${n}`);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) return new Float64Array(m).fill(NaN);
    lo = Math.min(lo, x[i]);
    hi = Math.max(hi, x[i]);
  }
  // Halving before adding keeps the centre and half-width finite for x near ±Number.MAX_VALUE.
  const centre = lo / 2 + hi / 2;
  const halfWidth = hi / 2 - lo / 2 || 1;
  // Columns t^0 … t^deg of t = (x - centre) / halfWidth, scaled to unit norm, then y: [a | b].
  const ab = new Float64Array(n * (m + 1));
  const scale = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const t = (x[i] - centre) / halfWidth;
    let power = 1;
    for (let k = 0; k < m; k++, power *= t) ab[k * n + i] = power;
    ab[m * n + i] = y[i];
  }
  for (let k = 0; k < m; k++) {
    let sq = 0;
    for (let i = 0; i < n; i++) sq += ab[k * n + i] * ab[k * n + i];
    scale[k] = Math.sqrt(sq) || 1;
    for (let i = 0; i < n; i++) ab[k * n + i] /= scale[k];
  }
  const z = householderSolve(ab, n, m);
  // Horner's rule on polynomials: q(x) ← q(x)·(x - centre)/halfWidth + c_k, from the top power down.
  const q = new Float64Array(m);
  for (let k = m - 1; k >= 0; k--) {
    for (let j = m - 1 - k; j > 0; j--) q[j] = (q[j - 1] - centre * q[j]) / halfWidth;
    q[0] = z[k] / scale[k] - (centre * q[0]) / halfWidth;
  }
  return q.reverse();
}
