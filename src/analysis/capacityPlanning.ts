import { arange, max, mean, polyfit, polyval, sum, type Numeric } from '../kernel';
import { completeCases } from './completeCases';
import { studentTQuantile } from './studentTQuantile';

/** Options for {@link capacityPlanning}; rates and buffer are fractions (0.1 = 10 %). */
export interface CapacityOptions {
  growthRate?: number;
  forecastDays?: number;
  capacity?: number;
  buffer?: number;
  /** Coverage of the prediction interval. */
  confidence?: number;
}

/** The seed's defaults of {@link CapacityOptions}: 10 % growth, 30 days, 1000, 20 % buffer, 95 %. */
export const CAPACITY_DEFAULTS = {
  growthRate: 0.1,
  forecastDays: 30,
  capacity: 1000,
  buffer: 0.2,
  confidence: 0.95,
} as const satisfies Required<CapacityOptions>;

/** What {@link capacityPlanning} returns; day numbers count from the first observed day (0). */
export interface CapacityPlan {
  slope: number;
  intercept: number;
  /** The straight-line trend over the observed days 0..n-1. */
  fitted: Float64Array;
  futureDays: Float64Array;
  /** Trend on futureDays times growthFactor. */
  projected: Float64Array;
  /** Prediction interval of projected (trend's OLS interval times growthFactor). */
  lower: Float64Array;
  upper: Float64Array;
  growthFactor: number;
  requiredCapacity: number;
  /** Index into futureDays of the first projection above capacity, or null within the horizon. */
  firstDayOverCapacity: number | null;
  /** Days after the series' last day (n - 1) until projected exceeds capacity, or null. */
  daysUntilFull: number | null;
}

/**
 * The seed's plan: fit a line to daily usage, project it forecastDays ahead times (1 + growthRate),
 * and size capacity as the projected peak times (1 + buffer). NumPy: np.polyfit(days, usage, 1),
 * np.poly1d(...)(np.arange(n, n + forecastDays)) * (1 + growthRate). The interval is the OLS
 * prediction interval t(1/2 + confidence/2, n-2) * s * sqrt(1 + 1/n + (d - mean)^2 / Sxx), NaN for
 * n = 2. NaN days are left out of the fit (NumPy would fail); fewer than 2 usable days -> RangeError.
 */
export function capacityPlanning(
  usage: Numeric,
  {
    growthRate = CAPACITY_DEFAULTS.growthRate,
    forecastDays = CAPACITY_DEFAULTS.forecastDays,
    capacity = CAPACITY_DEFAULTS.capacity,
    buffer = CAPACITY_DEFAULTS.buffer,
    confidence = CAPACITY_DEFAULTS.confidence,
  }: CapacityOptions = {},
): CapacityPlan {
  if (!Number.isInteger(forecastDays) || forecastDays < 1) {
    throw new RangeError(`forecastDays must be a positive integer, got ${forecastDays}`);
  }
  const days = arange(usage.length);
  const {
    columns: [observedDays, observed],
  } = completeCases([days, usage], 'usage');
  const n = observed.length;
  if (n < 2) throw new RangeError(`usage needs at least 2 non-NaN days, got ${n}`);
  const coeffs = polyfit(observedDays, observed, 1);
  const fitted = polyval(coeffs, days);
  const futureDays = arange(usage.length, usage.length + forecastDays);
  const trend = polyval(coeffs, futureDays);
  const growthFactor = 1 + growthRate;
  const projected = trend.map((t) => t * growthFactor);

  const dayMean = mean(observedDays);
  const sse = sum(observed.map((u, i) => (u - fitted[observedDays[i]]) ** 2));
  const sxx = sum(observedDays.map((d) => (d - dayMean) ** 2));
  const s = Math.sqrt(sse / (n - 2));
  const t = studentTQuantile(0.5 + confidence / 2, n - 2);
  const half = futureDays.map((d) => t * s * Math.sqrt(1 + 1 / n + (d - dayMean) ** 2 / sxx));

  const over = projected.findIndex((p) => p > capacity);
  return {
    slope: coeffs[0],
    intercept: coeffs[1],
    fitted,
    futureDays,
    projected,
    lower: trend.map((y, i) => (y - half[i]) * growthFactor),
    upper: trend.map((y, i) => (y + half[i]) * growthFactor),
    growthFactor,
    requiredCapacity: max(projected) * (1 + buffer),
    firstDayOverCapacity: over < 0 ? null : over,
    daysUntilFull: over < 0 ? null : over + 1,
  };
}
