import { polyfit, type Numeric } from '../../kernel';
import { completeCases } from '../completeCases';
import { studentTQuantile } from '../studentTQuantile';
import type { Forecast } from './Forecast';

/**
 * The seed's straight-line forecast of any series (capacityPlanning without its growth factor):
 * an OLS line through (index, value), extended `horizon` steps, with the OLS prediction interval
 * t(1/2 + confidence/2, n - 2) · s · sqrt(1 + 1/n + (x - x̄)² / Sxx). NaN values are left out of
 * the fit. Fewer than 3 usable values -> RangeError (no interval from 2 points). O(n + horizon).
 */
export function linearForecast(values: Numeric, horizon: number, confidence = 0.95): Forecast {
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new RangeError(`horizon must be a positive integer, got ${horizon}`);
  }
  const index = new Float64Array(values.length);
  for (let i = 0; i < index.length; i++) index[i] = i;
  const {
    columns: [x, y],
  } = completeCases([index, values], 'values');
  const n = y.length;
  if (n < 3) throw new RangeError(`values needs at least 3 non-NaN values, got ${n}`);
  const [slope, intercept] = polyfit(x, y, 1);
  let xMean = 0;
  for (const v of x) xMean += v / n;
  let sse = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sse += (y[i] - (slope * x[i] + intercept)) ** 2;
    sxx += (x[i] - xMean) ** 2;
  }
  const s = Math.sqrt(sse / (n - 2));
  const t = studentTQuantile(0.5 + confidence / 2, n - 2);
  const mean = new Float64Array(horizon);
  const lower = new Float64Array(horizon);
  const upper = new Float64Array(horizon);
  for (let h = 0; h < horizon; h++) {
    const at = values.length + h;
    mean[h] = slope * at + intercept;
    const half = t * s * Math.sqrt(1 + 1 / n + (at - xMean) ** 2 / sxx);
    lower[h] = mean[h] - half;
    upper[h] = mean[h] + half;
  }
  return { method: 'linear', mean, lower, upper, confidence };
}
