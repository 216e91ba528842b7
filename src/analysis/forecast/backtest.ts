import type { Numeric } from '../../kernel';
import type { Forecast, ForecastMethod } from './Forecast';
import { forecastWith } from './forecastWith';

/** Accuracy of one method on the held-out part. */
export interface BacktestScore {
  readonly method: ForecastMethod;
  /** Mean absolute error over the holdout divided by the in-sample MAE of the seasonal naive forecast. */
  readonly mase: number;
  /** Mean absolute percentage error (%), or null when an actual value is near zero. */
  readonly mape: number | null;
  readonly forecast: Forecast;
}

/** The backtest of every method on one split. */
export interface Backtest {
  /** Index of the first held-out value. */
  readonly split: number;
  readonly horizon: number;
  readonly period: number;
  /** MASE's denominator: mean |y[t] - y[t - m]| over the training part. */
  readonly scale: number;
  readonly scores: BacktestScore[];
}

/** Options for {@link backtest}. */
export interface BacktestOptions {
  /** Season in samples (1 for none). */
  period: number;
  /** Held-out values at the end (default: one season, at least 1). */
  horizon?: number;
  /** Methods to compare (default all three). */
  methods?: readonly ForecastMethod[];
}

/** The fewest training values {@link backtest} takes with season `period`: 3, and a season + 1. */
export function backtestMinTraining(period: number): number {
  return Math.max(3, period + 1);
}

/**
 * Holds out the last `horizon` values, forecasts them from the rest with each method, and scores
 * each by MASE (Hyndman & Koehler 2006: MAE over the in-sample MAE of the seasonal naive forecast,
 * so the seasonal naive one-season-ahead forecast scores about 1 and lower is better) and MAPE,
 * left null when any held-out |y| is under 1 % of the mean |y| (percentages of near-zero values
 * explode). NaN actual values are skipped.
 */
export function backtest(
  values: Numeric,
  {
    period,
    horizon = Math.max(1, period),
    methods = ['seasonalNaive', 'linear', 'holtWinters'],
  }: BacktestOptions,
): Backtest {
  const n = values.length;
  const split = n - horizon;
  if (split < backtestMinTraining(period)) {
    throw new RangeError(
      `values needs at least ${horizon + backtestMinTraining(period)} points, got ${n}`,
    );
  }
  const train = Array.prototype.slice.call(values, 0, split) as number[];
  let scaleSum = 0;
  let scaleCount = 0;
  let absSum = 0;
  for (let i = 0; i < split; i++) {
    if (!Number.isNaN(train[i])) absSum += Math.abs(train[i]);
    if (i >= period && !Number.isNaN(train[i] - train[i - period])) {
      scaleSum += Math.abs(train[i] - train[i - period]);
      scaleCount++;
    }
  }
  const scale = scaleSum / scaleCount;
  const nearZero = 0.01 * (absSum / split);
  const scores = methods.map((method) => {
    const forecast = forecastWith(method, train, horizon, period);
    let ae = 0;
    let pe = 0;
    let count = 0;
    let percentOk = true;
    for (let h = 0; h < horizon; h++) {
      const y = values[split + h];
      if (Number.isNaN(y)) continue;
      ae += Math.abs(y - forecast.mean[h]);
      if (Math.abs(y) < nearZero) percentOk = false;
      else pe += Math.abs((y - forecast.mean[h]) / y);
      count++;
    }
    return {
      method,
      mase: ae / count / scale,
      mape: percentOk && count > 0 ? (100 * pe) / count : null,
      forecast,
    };
  });
  return { split, horizon, period, scale, scores };
}
