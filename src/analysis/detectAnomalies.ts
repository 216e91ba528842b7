import { greater, movingMean, movingStd, nonzero, type Numeric } from '../kernel';

/** Options for {@link detectAnomalies}: window length in samples and the z-score line. */
export interface AnomalyOptions {
  window?: number;
  threshold?: number;
}

/** What {@link detectAnomalies} returns; every band array is aligned to series index bandStart. */
export interface AnomalyResult {
  window: number;
  threshold: number;
  /** Series indices of the anomalies, ascending. */
  indices: Uint32Array;
  values: Float64Array;
  /** The moving mean at each anomaly (what the window expected). */
  expected: Float64Array;
  /** |value - expected| in window standard deviations; always finite. */
  deviation: Float64Array;
  /** Series index of bandMean[0] (= window - 1). */
  bandStart: number;
  bandMean: Float64Array;
  bandLower: Float64Array;
  bandUpper: Float64Array;
  /** Number of anomalies. */
  count: number;
  /** Points that got a verdict (a full window without NaN). */
  checked: number;
}

// Spread below 1e-12 of the window's level is float64 rounding (thousands of ulps at most), not a
// signal, so it is not allowed to turn an ulp of jitter into a many-sigma anomaly.
const FLAT_RELATIVE = 1e-12;

/**
 * The seed's moving z-score detector in O(n): point i >= window-1 is compared with the window of
 * `window` samples ending at i (itself included, as in the seed), and is an anomaly when
 * |x[i] - mean| / std > threshold (std ddof 0). NumPy: the seed's np.convolve/np.std loop.
 * Including x[i] caps the deviation at sqrt(window - 1), so threshold >= that flags nothing.
 * Differences: std is floored at 1e-12*|mean|, so ulp jitter is no anomaly, and a flat window has
 * deviation 0 (NumPy: 0/0 = NaN); a window with NaN gives no verdict. window: integer in [1, n].
 */
export function detectAnomalies(
  series: Numeric,
  { window = 10, threshold = 3 }: AnomalyOptions = {},
): AnomalyResult {
  if (!Number.isInteger(window) || window < 1 || window > series.length) {
    throw new RangeError(`window must be an integer in [1, ${series.length}], got ${window}`);
  }
  const bandStart = window - 1;
  const bandMean = movingMean(series, window);
  const std = movingStd(series, window, 0);
  const n = bandMean.length;
  const bandLower = new Float64Array(n);
  const bandUpper = new Float64Array(n);
  const deviations = new Float64Array(n);
  let checked = 0;
  for (let k = 0; k < n; k++) {
    const m = bandMean[k];
    const s = Math.max(std[k], FLAT_RELATIVE * Math.abs(m));
    // s = 0 means an all-zero window, whose point is its mean: NumPy's 0/0 = NaN, never flagged.
    deviations[k] = s === 0 ? 0 : Math.abs(series[k + bandStart] - m) / s;
    bandLower[k] = m - threshold * s;
    bandUpper[k] = m + threshold * s;
    if (!Number.isNaN(deviations[k])) checked++;
  }
  const at = nonzero(greater(deviations, threshold));
  const indices = at.map((k) => k + bandStart);
  return {
    window,
    threshold,
    indices,
    values: Float64Array.from(indices, (i) => series[i]),
    expected: Float64Array.from(at, (k) => bandMean[k]),
    deviation: Float64Array.from(at, (k) => deviations[k]),
    bandStart,
    bandMean,
    bandLower,
    bandUpper,
    count: indices.length,
    checked,
  };
}
