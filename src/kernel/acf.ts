import type { Numeric } from './ndarray';

/** In-place iterative radix-2 Cooley-Tukey FFT of (re, im); length a power of two. */
function fftInPlace(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = ((inverse ? 2 : -2) * Math.PI) / len;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let i = 0; i < n; i += len) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < len / 2; k++) {
        const a = i + k;
        const b = a + len / 2;
        const tr = re[b] * cr - im[b] * ci;
        const ti = re[b] * ci + im[b] * cr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
        const next = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = next;
      }
    }
  }
}

/**
 * Sample autocorrelation of x at lags 0..maxLag (maxLag + 1 values, the first 1): the biased
 * estimator Σ(x[t] - m)(x[t+k] - m) / Σ(x[t] - m)², computed through a zero-padded FFT in
 * O(n log n). statsmodels: acf(x, nlags=maxLag, fft=True). NaN values count as the mean (they add
 * nothing); a constant or all-NaN x gives NaN at every lag.
 * @throws RangeError when maxLag is not an integer in [0, x.length - 1].
 * @example acf([1, 2, 3, 4], 1) // Float64Array [1, 0.25]
 */
export function acf(x: Numeric, maxLag: number): Float64Array {
  const n = x.length;
  if (!Number.isInteger(maxLag) || maxLag < 0 || maxLag > n - 1) {
    throw new RangeError(`maxLag must be an integer in [0, ${n - 1}], got ${maxLag}`);
  }
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(x[i])) {
      sum += x[i];
      count++;
    }
  }
  const m = sum / count;
  let size = 1;
  while (size < 2 * n) size <<= 1;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let i = 0; i < n; i++) re[i] = Number.isNaN(x[i]) ? 0 : x[i] - m;
  fftInPlace(re, im, false);
  for (let i = 0; i < size; i++) {
    re[i] = re[i] * re[i] + im[i] * im[i];
    im[i] = 0;
  }
  fftInPlace(re, im, true);
  const out = new Float64Array(maxLag + 1);
  const c0 = re[0];
  for (let k = 0; k <= maxLag; k++) out[k] = c0 > 0 ? re[k] / c0 : NaN;
  return out;
}
