import type { Numeric } from './ndarray';

/**
 * Complex buffers of up to this many points are kept for the next call: the causal season
 * detector calls acf dozens of times on 65,536-point buffers, and faulting in a fresh 1 MB costs
 * about as much as the transform; a one-off larger transform does not pin its buffer.
 */
const KEEP_POINTS = 1 << 17;
let kept = new Float64Array(0);

/** A zeroed interleaved complex buffer (re, im, re, im, ...) of `size` points. */
function complexBuffer(size: number): Float64Array {
  if (size > KEEP_POINTS) return new Float64Array(2 * size);
  if (kept.length < 2 * size) kept = new Float64Array(2 * size);
  return kept.subarray(0, 2 * size).fill(0);
}

/**
 * In-place iterative radix-2 Cooley-Tukey FFT of the interleaved complex values c (re, im, re,
 * im, ...); c.length / 2 a power of two.
 */
function fftInPlace(c: Float64Array, inverse: boolean): void {
  const n = c.length >> 1;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const re = c[2 * i];
      const im = c[2 * i + 1];
      c[2 * i] = c[2 * j];
      c[2 * i + 1] = c[2 * j + 1];
      c[2 * j] = re;
      c[2 * j + 1] = im;
    }
  }
  // Offsets below are into c: point k of a block is at 2k, its partner half a block later.
  for (let len = 2; len <= n; len <<= 1) {
    const angle = ((inverse ? 2 : -2) * Math.PI) / len;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let i = 0; i < 2 * n; i += 2 * len) {
      let cr = 1;
      let ci = 0;
      for (let a = i; a < i + len; a += 2) {
        const b = a + len;
        const tr = c[b] * cr - c[b + 1] * ci;
        const ti = c[b] * ci + c[b + 1] * cr;
        c[b] = c[a] - tr;
        c[b + 1] = c[a + 1] - ti;
        c[a] += tr;
        c[a + 1] += ti;
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
  const c = complexBuffer(size);
  for (let i = 0; i < n; i++) c[2 * i] = Number.isNaN(x[i]) ? 0 : x[i] - m;
  fftInPlace(c, false);
  for (let i = 0; i < 2 * size; i += 2) {
    c[i] = c[i] * c[i] + c[i + 1] * c[i + 1];
    c[i + 1] = 0;
  }
  fftInPlace(c, true);
  const out = new Float64Array(maxLag + 1);
  const c0 = c[0];
  for (let k = 0; k <= maxLag; k++) out[k] = c0 > 0 ? c[2 * k] / c0 : NaN;
  return out;
}
