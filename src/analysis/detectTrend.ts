import { arange, max, mean, min, sum, type Numeric } from '../kernel';
import { completeCases } from './completeCases';
import { tTestPValue } from './pValues';

/** Trend direction: 'up' or 'down' only when the slope is significant at level alpha. */
export type TrendDirection = 'up' | 'down' | 'flat';

/** A point of the fitted line, in the x unit of the fit. */
export interface TrendPoint {
  readonly x: number;
  readonly y: number;
}

/** Least-squares trend of a series and its significance; see detectTrend. */
export interface Trend {
  readonly direction: TrendDirection;
  /** The x unit: sample index without timestamps, epoch milliseconds with them. */
  readonly unit: 'sample' | 'ms';
  /** Change of the series per x unit (per sample, or per millisecond). */
  readonly slope: number;
  /** Change per hour (slope * 3.6e6); NaN without timestamps, whose spacing is unknown. */
  readonly slopePerHour: number;
  /** Fitted value at x = 0 (sample 0, or the Unix epoch), as scipy.stats.linregress reports it. */
  readonly intercept: number;
  readonly rSquared: number;
  /** Standard error of the slope, t = slope / stderr, and the two-sided p-value on `dof` = n - 2. */
  readonly stderr: number;
  readonly t: number;
  readonly pValue: number;
  readonly dof: number;
  /** Samples fitted, and samples dropped because the value or its timestamp was NaN. */
  readonly n: number;
  readonly dropped: number;
  /** The fitted line at the smallest and largest fitted x, for drawing it. */
  readonly start: TrendPoint;
  readonly end: TrendPoint;
}

/** Options of detectTrend. */
export interface TrendOptions {
  /** Sample times in epoch milliseconds, one per sample; default: the sample index. */
  readonly timestamps?: Numeric;
  /** Significance level below which the slope counts as a trend (default 0.05). */
  readonly alpha?: number;
}

const MS_PER_HOUR = 3_600_000;

/**
 * Least-squares line through (x, series) with slope, intercept, r^2, slope standard error, t and the
 * two-sided Student-t p-value; direction is 'up'/'down' only when p < alpha. SciPy:
 * scipy.stats.linregress(x, y). Centred sums on x - x[0] keep epoch-ms timestamps (~1.7e12) exact.
 * Pairs with a NaN value or timestamp are dropped and counted. Fewer than 3 pairs -> 'flat' with NaN
 * statistics. An exact fit gives t = +-Infinity and p = 0 (SciPy's 1e-20 fudge gives a huge finite t).
 * @throws RangeError when timestamps' length differs from the series', or all timestamps are equal.
 * @example detectTrend([1, 2, 3, 5]).slope // 1.3
 */
export function detectTrend(
  series: Numeric,
  { timestamps, alpha = 0.05 }: TrendOptions = {},
): Trend {
  if (timestamps && timestamps.length !== series.length) {
    throw new RangeError(
      `timestamps must have one entry per sample: ${timestamps.length} for ${series.length}`,
    );
  }
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`alpha must be in [0, 1], got ${alpha}`);
  const unit = timestamps ? 'ms' : 'sample';
  const { columns, dropped } = completeCases([timestamps ?? arange(series.length), series]);
  const [x, y] = columns;
  const n = x.length;
  if (n < 3) {
    const none = { x: NaN, y: NaN };
    return {
      direction: 'flat',
      unit,
      slope: NaN,
      slopePerHour: NaN,
      intercept: NaN,
      rSquared: NaN,
      stderr: NaN,
      t: NaN,
      pValue: NaN,
      dof: n - 2,
      n,
      dropped,
      start: none,
      end: none,
    };
  }
  // Shifting by x[0] is exact (Sterbenz) and leaves deviations of size ~ the series span, not ~1e12.
  // The centred columns are written over x and y (completeCases' own copies), and the three
  // products into one buffer in turn: the same values summed as before, three 8 MB arrays fewer
  // at 1e6 samples. The sums are the kernel's (NumPy's pairwise sum).
  const x0 = x[0];
  const [xFirst, xLast] = [min(x), max(x)];
  for (let i = 0; i < n; i++) x[i] -= x0;
  const xMean = mean(x);
  const yMean = mean(y);
  for (let i = 0; i < n; i++) {
    x[i] -= xMean;
    y[i] -= yMean;
  }
  const products = new Float64Array(n);
  const sumOf = (a: Float64Array, b: Float64Array) => {
    for (let i = 0; i < n; i++) products[i] = a[i] * b[i];
    return sum(products);
  };
  const sxx = sumOf(x, x);
  const syy = sumOf(y, y);
  const sxy = sumOf(x, y);
  if (sxx === 0) throw new RangeError('timestamps are all equal: no line can be fitted');
  const slope = sxy / sxx;
  // scipy.stats.linregress: r from the centred sums, 0 for constant y, clipped to [-1, 1].
  const r = syy === 0 ? 0 : Math.min(1, Math.max(-1, sxy / Math.sqrt(sxx * syy)));
  const dof = n - 2;
  const t = r * Math.sqrt(dof / ((1 - r) * (1 + r)));
  const pValue = tTestPValue(t, dof);
  const at = (xv: number): TrendPoint => ({ x: xv, y: yMean + slope * (xv - x0 - xMean) });
  return {
    direction: pValue < alpha ? (slope > 0 ? 'up' : 'down') : 'flat',
    unit,
    slope,
    slopePerHour: timestamps ? slope * MS_PER_HOUR : NaN,
    intercept: yMean - slope * (xMean + x0),
    rSquared: r * r,
    stderr: Math.sqrt(((1 - r * r) * syy) / sxx / dof),
    t,
    pValue,
    dof,
    n,
    dropped,
    start: at(xFirst),
    end: at(xLast),
  };
}
