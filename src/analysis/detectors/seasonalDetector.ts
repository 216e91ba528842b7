import { median, movingMedianMad, type Numeric } from '../../kernel';
import {
  detectorResult,
  scoreOfSigma,
  type DetectorOptions,
  type DetectorResult,
} from './DetectorResult';
import { causalPeriods } from './causalPeriods';
import { detectPeriod, medianStepMs } from './detectPeriod';
import { levelShifts } from './levelShifts';
import { MAD_TO_SIGMA, trailingRobust } from './trailingRobust';

/** Options for {@link seasonalDetector}. */
export interface SeasonalOptions extends DetectorOptions {
  /**
   * Causal (default): each point is judged on the points before it, the season re-detected as the
   * series grows. Offline: a centred decomposition of the whole series (looks ahead).
   */
  causal?: boolean;
  /** The season in samples; detected (detectPeriod) when not given. */
  period?: number;
  /** Window in samples for the level and residual spread when there is no season (default 288). */
  window?: number;
  /** Past cycles whose median makes the seasonal estimate (default 3). */
  cycles?: number;
}

/**
 * Seasonal-trend anomaly detection: the expected value is a robust level plus a seasonal profile,
 * and anomalies are residuals beyond `threshold` robust σ.
 * Causal: level = median of the last period (or window) points; seasonal term = median over the
 * last `cycles` cycles of (value - its level) at the same phase; residual spread = trailing robust
 * σ of the residuals over the last `window` points. The season is re-detected on the prefix at
 * checkpoints, so point i's score depends on x[0, i] only. O(n log w) plus the checkpoints' FFTs.
 * Offline: trend = centred moving median over one period, seasonal = per-phase median of the
 * detrended values, residual spread = 1.4826 · MAD of all residuals (an STL-like robust split).
 * Level shifts are reported from runs of same-signed residuals (levelShifts).
 */
export function seasonalDetector(values: Numeric, options: SeasonalOptions = {}): DetectorResult {
  return options.causal === false
    ? offlineSeasonal(values, options)
    : causalSeasonal(values, options);
}

/** Median of the first k values of a (k <= 3 inline, as np.median; more through the kernel). */
function smallMedian(a: Float64Array, k: number): number {
  if (k === 1) return a[0];
  if (k === 2) return a[0] + (a[1] - a[0]) / 2;
  if (k === 3) return Math.max(Math.min(a[0], a[1]), Math.min(Math.max(a[0], a[1]), a[2]));
  return median(a.subarray(0, k));
}

function finish(
  values: Numeric,
  causal: boolean,
  expected: Float64Array,
  scale: Float64Array,
  threshold: number,
  period: number | null,
): DetectorResult {
  const n = values.length;
  const deviation = new Float64Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    deviation[i] = (values[i] - expected[i]) / scale[i];
    score[i] = scoreOfSigma(deviation[i]);
  }
  const confirm = Math.max(6, Math.round((period ?? 288) / 24));
  return detectorResult({
    detector: 'seasonal',
    causal,
    score,
    expected,
    scale,
    deviation,
    threshold,
    period,
    shifts: levelShifts(values, deviation, { confirm, threshold }),
  });
}

function causalSeasonal(
  values: Numeric,
  { threshold = 3.5, timeMs, period: fixed, window = 288, cycles = 3 }: SeasonalOptions,
): DetectorResult {
  const n = values.length;
  const periods = fixed ? new Int32Array(n).fill(fixed) : causalPeriods(values, timeMs);
  const w = Math.max(2, window);
  const plain = trailingRobust(values, w);
  const byPeriod = new Map<number, ReturnType<typeof trailingRobust>>();
  const levelFor = (p: number) => {
    if (!byPeriod.has(p)) byPeriod.set(p, trailingRobust(values, p));
    return byPeriod.get(p)!.level;
  };
  const expected = new Float64Array(n).fill(NaN);
  const phase = new Float64Array(cycles);
  for (let i = 0; i < n; i++) {
    const p = periods[i];
    if (p < 2) {
      expected[i] = plain.level[i];
      continue;
    }
    const level = levelFor(p);
    let k = 0;
    for (let c = 1; c <= cycles && i - c * p >= 0; c++) {
      const j = i - c * p;
      const d = values[j] - level[j];
      if (!Number.isNaN(d)) phase[k++] = d;
    }
    expected[i] = k === 0 ? plain.level[i] : level[i] + smallMedian(phase, k);
  }
  const residual = new Float64Array(n);
  for (let i = 0; i < n; i++) residual[i] = values[i] - expected[i];
  const spread = trailingRobust(residual, w);
  // The residual's own trailing median is the seasonal estimate's bias; fold it into expected.
  const scale = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(spread.level[i])) continue;
    expected[i] += spread.level[i];
    scale[i] = spread.scale[i];
  }
  for (let i = 0; i < n; i++) if (Number.isNaN(scale[i])) expected[i] = NaN;
  const last = periods[n - 1];
  return finish(values, true, expected, scale, threshold, last >= 2 ? last : null);
}

function offlineSeasonal(
  values: Numeric,
  { threshold = 3.5, timeMs, period: fixed, window = 288 }: SeasonalOptions,
): DetectorResult {
  const n = values.length;
  const period = fixed ?? detectPeriod(values, { stepMs: medianStepMs(timeMs) }).period;
  const span = Math.max(3, Math.min(period ?? window, n) | 1);
  const half = span >> 1;
  const trend = new Float64Array(n).fill(NaN);
  if (span <= n) {
    const { median: centred } = movingMedianMad(values, span);
    for (let k = 0; k < centred.length; k++) trend[k + half] = centred[k];
    for (let i = 0; i < half; i++) trend[i] = centred[0];
    for (let i = n - half; i < n; i++) trend[i] = centred[centred.length - 1];
  }
  const expected = new Float64Array(trend);
  if (period) {
    const profile = new Float64Array(period);
    for (let ph = 0; ph < period; ph++) {
      const d: number[] = [];
      for (let i = ph; i < n; i += period)
        if (!Number.isNaN(values[i] - trend[i])) d.push(values[i] - trend[i]);
      profile[ph] = d.length ? median(d) : 0;
    }
    for (let i = 0; i < n; i++) expected[i] += profile[i % period];
  }
  const differences = new Float64Array(n);
  for (let i = 0; i < n; i++) differences[i] = values[i] - expected[i];
  const residual = differences.filter((r) => !Number.isNaN(r));
  const centre = residual.length ? median(residual) : NaN;
  const mad = residual.length ? median(residual.map((r) => Math.abs(r - centre))) : NaN;
  const s = Math.max(MAD_TO_SIGMA * mad, 1e-9 * Math.abs(median(values)), Number.MIN_VALUE);
  const scale = new Float64Array(n).fill(s);
  return finish(values, false, expected, scale, threshold, period);
}
