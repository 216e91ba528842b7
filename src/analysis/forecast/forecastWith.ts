import type { Numeric } from '../../kernel';
import { firstGapFreeRun } from './firstGapFreeRun';
import type { Forecast, ForecastMethod } from './Forecast';
import { holtWinters } from './holtWinters';
import { linearForecast } from './linearForecast';
import { seasonalNaive } from './seasonalNaive';

/**
 * Holt-Winters on values with gaps. Its start-up averages the first two seasons and cannot skip a
 * NaN, so the fit starts at the first 2·period values without one (earlier values are left out;
 * NaN values after it coast, see holtWintersFit). With fewer than two seasons of data or no such
 * run, the season is dropped and Holt's trend starts at the first two consecutive values; with
 * none of those either -> RangeError.
 */
function holtWintersOnGaps(values: Numeric, horizon: number, period: number, confidence: number) {
  let m = values.length >= 2 * period ? period : 1;
  let start = firstGapFreeRun(values, 2 * m);
  if (start < 0 && m > 1) {
    m = 1;
    start = firstGapFreeRun(values, 2);
  }
  if (start < 0) throw new RangeError('values needs 2 consecutive non-NaN values');
  const kept = start === 0 ? values : (Array.prototype.slice.call(values, start) as number[]);
  return holtWinters(kept, horizon, m, { confidence });
}

/**
 * Runs one method on training values: the forecast of steps 1..horizon after their last value.
 * Holt-Winters starts after any gap in its start-up and drops its season below two seasons of data
 * (holtWintersOnGaps); the seasonal naive season is at most the series' length.
 */
export function forecastWith(
  method: ForecastMethod,
  train: Numeric,
  horizon: number,
  period: number,
  confidence = 0.95,
): Forecast {
  switch (method) {
    case 'linear':
      return linearForecast(train, horizon, confidence);
    case 'holtWinters':
      return holtWintersOnGaps(train, horizon, period, confidence);
    case 'seasonalNaive':
      return seasonalNaive(train, horizon, Math.min(period, train.length), confidence);
  }
}
