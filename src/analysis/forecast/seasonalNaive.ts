import type { Numeric } from '../../kernel';
import { studentTQuantile } from '../studentTQuantile';
import type { Forecast } from './Forecast';

/**
 * The seasonal naive forecast: each future step repeats the value one season earlier,
 * ŷ[T + h] = y[T + h - m·(⌊(h - 1)/m⌋ + 1)] (m = 1: the last value). The interval is Hyndman's
 * σ·sqrt(⌊(h - 1)/m⌋ + 1) with σ the RMS of the in-sample seasonal differences, times Student's t.
 * The reference forecast of MASE. O(n + horizon).
 * @example seasonalNaive([1, 2, 3, 4], 3, 2).mean // Float64Array [3, 4, 3]
 */
export function seasonalNaive(
  values: Numeric,
  horizon: number,
  period: number,
  confidence = 0.95,
): Forecast {
  const n = values.length;
  if (!Number.isInteger(period) || period < 1 || period > n) {
    throw new RangeError(`period must be an integer in [1, ${n}], got ${period}`);
  }
  let sse = 0;
  let count = 0;
  for (let i = period; i < n; i++) {
    const d = values[i] - values[i - period];
    if (!Number.isNaN(d)) {
      sse += d * d;
      count++;
    }
  }
  const sigma = count > 0 ? Math.sqrt(sse / count) : NaN;
  const t = count > 1 ? studentTQuantile(0.5 + confidence / 2, count - 1) : NaN;
  const mean = new Float64Array(horizon);
  const lower = new Float64Array(horizon);
  const upper = new Float64Array(horizon);
  for (let h = 1; h <= horizon; h++) {
    const k = Math.floor((h - 1) / period) + 1;
    mean[h - 1] = values[n - 1 + h - k * period];
    const half = t * sigma * Math.sqrt(k);
    lower[h - 1] = mean[h - 1] - half;
    upper[h - 1] = mean[h - 1] + half;
  }
  return { method: 'seasonalNaive', mean, lower, upper, confidence };
}
