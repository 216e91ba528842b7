import { mean, std, sum, type Numeric } from '../kernel';
import { completeCases } from './completeCases';
import { chiSquarePValue } from './pValues';

/** A server named in a load finding, with its request count. */
export interface ServerLoad {
  readonly name: string;
  readonly count: number;
}

/** How evenly requests are spread over servers; see analyzeLoadDistribution. */
export interface LoadDistribution {
  readonly names: string[];
  /** Requests per server, as given (NaN = the server did not report). */
  readonly counts: Float64Array;
  /** Requests over the reporting servers. */
  readonly total: number;
  /** Requests each reporting server would get under a perfectly even spread (their mean). */
  readonly expected: number;
  /** Each server's share of `total` in percent; NaN for servers that did not report. */
  readonly distributionPct: Float64Array;
  /** Population standard deviation (ddof 0) of the reported counts. */
  readonly std: number;
  /** Coefficient of variation std / expected as a fraction (0.18 means 18 %). */
  readonly cv: number;
  /** Pearson's chi-square statistic against the even spread, its degrees of freedom and p-value. */
  readonly chiSquare: number;
  readonly dof: number;
  readonly pValue: number;
  /** Counts above `upperLimit` are overloaded, below `lowerLimit` underutilised. */
  readonly upperLimit: number;
  readonly lowerLimit: number;
  readonly overloaded: ServerLoad[];
  readonly underutilised: ServerLoad[];
  /** Servers whose count is NaN; they are left out of every statistic. */
  readonly missing: string[];
  /** True when cv < balancedCv. */
  readonly balanced: boolean;
}

/** What-if thresholds of analyzeLoadDistribution. */
export interface LoadDistributionOptions {
  /** Fractional band around the expected count before a server is flagged (default 0.2 = +-20 %). */
  readonly tolerance?: number;
  /** A spread with cv below this is called balanced (default 0.10). */
  readonly balancedCv?: number;
}

/**
 * Requests per server against an even spread: shares, std and CV, a chi-square goodness-of-fit test,
 * and the servers outside expected * (1 +- tolerance). NumPy/SciPy: counts.std(), std / mean,
 * scipy.stats.chisquare(counts). A NaN count marks a server that did not report: it is listed in
 * `missing` and left out of every statistic, so one silent server does not blank the others' results.
 * No reporting servers -> total 0, NaN statistics (chiSquare 0, as SciPy), nothing flagged.
 * @example analyzeLoadDistribution([100, 100, 160, 40], ['a', 'b', 'c', 'd']).overloaded // [{ name: 'c', count: 160 }]
 */
export function analyzeLoadDistribution(
  counts: Numeric,
  names: readonly string[],
  { tolerance = 0.2, balancedCv = 0.1 }: LoadDistributionOptions = {},
): LoadDistribution {
  if (names.length !== counts.length) {
    throw new RangeError(
      `names must name every server: ${names.length} names for ${counts.length} counts`,
    );
  }
  if (!(tolerance >= 0)) throw new RangeError(`tolerance must be >= 0, got ${tolerance}`);
  const observed = new Float64Array(counts);
  const [reported] = completeCases([observed]).columns;
  const total = sum(reported);
  const expected = mean(reported);
  const sd = std(reported, 0);
  const distributionPct = observed.map((count) => (count / total) * 100);
  const chiSquare = sum(reported.map((count) => (count - expected) ** 2 / expected));
  const dof = reported.length - 1;
  const upperLimit = expected * (1 + tolerance);
  const lowerLimit = expected * (1 - tolerance);
  const pick = (test: (count: number) => boolean): ServerLoad[] =>
    names.flatMap((name, i) => (test(observed[i]) ? [{ name, count: observed[i] }] : []));
  return {
    names: [...names],
    counts: observed,
    total,
    expected,
    distributionPct,
    std: sd,
    cv: sd / expected,
    chiSquare,
    dof,
    pValue: chiSquarePValue(chiSquare, dof),
    upperLimit,
    lowerLimit,
    overloaded: pick((count) => count > upperLimit),
    underutilised: pick((count) => count < lowerLimit),
    missing: names.filter((_, i) => Number.isNaN(observed[i])),
    balanced: sd / expected < balancedCv,
  };
}
