/** A point forecast with its prediction interval, h = 1..horizon steps after the last value. */
export interface Forecast {
  readonly method: ForecastMethod;
  /** The forecast for steps 1..horizon after the series' end. */
  readonly mean: Float64Array;
  /** Prediction interval at `confidence` (NaN where it cannot be estimated). */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly confidence: number;
}

/** The forecasting methods the capacity panel and the backtest offer. */
export type ForecastMethod = 'linear' | 'holtWinters' | 'seasonalNaive';
