import { histogram, keepWithin, percentile, type Histogram, type Numeric } from '../kernel';
import { completeCases } from './completeCases';

/** The standard Apdex bands, or 'no-data' when there are no response times to rate. */
export type ApdexRating = 'excellent' | 'good' | 'fair' | 'poor' | 'unacceptable' | 'no-data';

/** Latency percentiles of the IQR-filtered response times. */
export interface SlaPercentiles {
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly p999: number;
}

/** Service-level view of a set of response times; see slaMetrics. */
export interface SlaMetrics {
  /** Non-NaN response times, and NaN ones (missing samples, ignored everywhere). */
  readonly count: number;
  readonly missing: number;
  /** Tukey fences q1 - k*IQR and q3 + k*IQR; times outside them are left out of `percentiles`. */
  readonly q1: number;
  readonly q3: number;
  readonly lowerBound: number;
  readonly upperBound: number;
  readonly filteredOut: number;
  readonly percentiles: SlaPercentiles;
  /** Fraction (0-1) of all non-NaN times, outliers included, that are <= target. */
  readonly compliance: number;
  /** Apdex score (0-1) over all non-NaN times and its band. */
  readonly apdex: number;
  readonly rating: ApdexRating;
  /** Histogram of all non-NaN times, for the distribution chart. */
  readonly histogram: Histogram;
}

/** What-if thresholds of slaMetrics (times in the series' unit, usually ms). */
export interface SlaOptions {
  /** SLA target: a time <= target complies (default 200). */
  readonly target?: number;
  /** Apdex threshold T: <= T satisfied, <= 4T tolerating (default: target). */
  readonly apdexT?: number;
  /** Tukey fence multiplier k for the outlier filter (default 1.5). */
  readonly iqrFactor?: number;
  /** Histogram bin count (default 40). */
  readonly bins?: number;
}

/** The seed's percentile levels, in the order of SlaPercentiles. */
const LEVELS = [50, 90, 95, 99, 99.9];

/**
 * Apdex band of a score: excellent >= 0.94, good >= 0.85, fair >= 0.70, poor >= 0.50, else
 * unacceptable (the Apdex Alliance's standard bands); NaN -> 'no-data'.
 */
function apdexRating(score: number): ApdexRating {
  if (Number.isNaN(score)) return 'no-data';
  if (score >= 0.94) return 'excellent';
  if (score >= 0.85) return 'good';
  if (score >= 0.7) return 'fair';
  if (score >= 0.5) return 'poor';
  return 'unacceptable';
}

/**
 * The part of slaMetrics no target or Apdex T changes: the non-NaN times (the ones the thresholds
 * are judged on), their count, the IQR filter and the percentiles of the times it keeps, and the
 * histogram. See slaMetrics.
 */
export interface SlaDistribution extends Omit<SlaMetrics, 'compliance' | 'apdex' | 'rating'> {
  /** The non-NaN response times, in their order. */
  readonly times: Float64Array;
}

/**
 * slaMetrics' threshold-free part (see SlaDistribution).
 * @throws RangeError when a time is +-Infinity: the histogram range is not finite (NumPy raises).
 */
export function slaDistribution(
  responseTimes: Numeric,
  { iqrFactor = 1.5, bins = 40 }: Pick<SlaOptions, 'iqrFactor' | 'bins'> = {},
): SlaDistribution {
  const [times] = completeCases([responseTimes]).columns;
  const count = times.length;
  const [q1, q3] = count > 0 ? percentile(times, [25, 75]) : [NaN, NaN];
  const lowerBound = q1 - iqrFactor * (q3 - q1);
  const upperBound = q3 + iqrFactor * (q3 - q1);
  const kept = keepWithin(times, lowerBound, upperBound);
  const levels = kept.length > 0 ? percentile(kept, LEVELS) : LEVELS.map(() => NaN);
  return {
    times,
    count,
    missing: responseTimes.length - count,
    q1,
    q3,
    lowerBound,
    upperBound,
    filteredOut: count - kept.length,
    percentiles: {
      p50: levels[0],
      p90: levels[1],
      p95: levels[2],
      p99: levels[3],
      p999: levels[4],
    },
    histogram: histogram(times, bins),
  };
}

/**
 * slaMetrics from its threshold-free part: compliance = mean(times <= target) and Apdex =
 * (satisfied + tolerating / 2) / count over all the distribution's times. O(n).
 */
export function slaMetricsOf(
  distribution: SlaDistribution,
  { target = 200, apdexT = target }: Pick<SlaOptions, 'target' | 'apdexT'> = {},
): SlaMetrics {
  const { times, ...rest } = distribution;
  let compliant = 0;
  let satisfied = 0;
  let tolerating = 0;
  for (const t of times) {
    if (t <= target) compliant++;
    if (t <= apdexT) satisfied++;
    else if (t <= 4 * apdexT) tolerating++;
  }
  const apdex = (satisfied + tolerating / 2) / rest.count;
  return { ...rest, compliance: compliant / rest.count, apdex, rating: apdexRating(apdex) };
}

/**
 * SLA report of response times: IQR outlier filter (np.percentile linear quartiles, Tukey fences),
 * p50/p90/p95/p99/p99.9 of the kept times, compliance = mean(times <= target) and Apdex =
 * (satisfied + tolerating / 2) / count over all times, and np.histogram(times, bins).
 * NaN times are missing samples: counted in `missing`, ignored everywhere else. With no times left,
 * every statistic is NaN and the rating 'no-data' (np.percentile would raise on empty input).
 * @throws RangeError when a time is +-Infinity: the histogram range is not finite (NumPy raises).
 * @example slaMetrics([100, 150, 300, 900, NaN]).apdex // 0.625: 2 satisfied, 1 tolerating of 4
 */
export function slaMetrics(responseTimes: Numeric, options: SlaOptions = {}): SlaMetrics {
  return slaMetricsOf(slaDistribution(responseTimes, options), options);
}
