import type { Numeric } from '../../kernel';
import type { Forecast, ForecastMethod } from './Forecast';
import { holtWinters } from './holtWinters';
import { linearForecast } from './linearForecast';
import { seasonalNaive } from './seasonalNaive';

/** Runs one method on training values (Holt-Winters drops its season below two seasons of data). */
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
      return holtWinters(train, horizon, train.length >= 2 * period ? period : 1, { confidence });
    case 'seasonalNaive':
      return seasonalNaive(train, horizon, Math.min(period, train.length), confidence);
  }
}
