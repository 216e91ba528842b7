import type { Numeric } from '../../kernel';
import { detectPeriod } from '../detectors/detectPeriod';
import { capacityRange, type CapacityRange } from './capacityRange';
import type { Forecast, ForecastMethod } from './Forecast';
import { forecastWith } from './forecastWith';

/** Options for {@link capacityForecast}; rates are fractions (0.1 = 10 %). */
export interface CapacityForecastOptions {
  /** 'linear' (the seed's), 'holtWinters' or 'seasonalNaive' (default 'linear'). */
  method?: ForecastMethod;
  /** Steps (days for daily usage) to forecast (default 30). */
  horizon?: number;
  capacity?: number;
  /** Applied to the forecast and its interval, as the seed applies it (default 0.1). */
  growthRate?: number;
  /** Season in steps; detected when not given (a week, 7, for daily usage; 1 for none). */
  period?: number;
  /** Coverage of the prediction interval (default 0.95). */
  confidence?: number;
}

/** The forecast (growth applied), the season used and when it crosses capacity. */
export interface CapacityForecast {
  readonly forecast: Forecast;
  readonly period: number;
  readonly growthFactor: number;
  /** Earliest likely / expected / latest likely step over capacity, 1-based (null: not within). */
  readonly overCapacity: CapacityRange;
}

/**
 * The capacity panel's forecast with its uncertainty: the chosen method on the usage series
 * (NaN days coast in Holt-Winters, which starts after any gap in its first two seasons, and are
 * left out of the linear fit), its forecast and
 * prediction interval times (1 + growthRate), and "first day over capacity" as a range read off the
 * interval (capacityRange). Without a period, one is looked for among whole weeks of daily
 * values (detectPeriod with a 1-day step finds 7); none -> 1.
 * @example capacityForecast(dailyPeak, { method: 'holtWinters', capacity: 900 }).overCapacity
 */
export function capacityForecast(
  usage: Numeric,
  {
    method = 'linear',
    horizon = 30,
    capacity = 1000,
    growthRate = 0.1,
    period,
    confidence = 0.95,
  }: CapacityForecastOptions = {},
): CapacityForecast {
  const m = period ?? detectPeriod(usage, { stepMs: 86_400_000 }).period ?? 1;
  const base = forecastWith(method, usage, horizon, m, confidence);
  const growthFactor = 1 + growthRate;
  const forecast: Forecast = {
    ...base,
    mean: base.mean.map((v) => v * growthFactor),
    lower: base.lower.map((v) => v * growthFactor),
    upper: base.upper.map((v) => v * growthFactor),
  };
  return { forecast, period: m, growthFactor, overCapacity: capacityRange(forecast, capacity) };
}
