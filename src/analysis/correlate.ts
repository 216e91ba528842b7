import { corrcoef, type Numeric } from '../kernel';
import { completeCases } from './completeCases';

/** Two metrics and their Pearson correlation coefficient. */
export interface CorrelatedPair {
  readonly a: string;
  readonly b: string;
  readonly r: number;
}

/** Pairwise correlations of several metrics; see correlate. */
export interface Correlation {
  readonly names: string[];
  /** Pearson r, names.length x names.length, row-major: matrix[i * k + j] is r(names[i], names[j]). */
  readonly matrix: Float64Array;
  /** Every pair once (i < j), strongest |r| first; NaN r (a constant metric) last. */
  readonly pairs: CorrelatedPair[];
  /** Time indices used, and those dropped because some metric was NaN there. */
  readonly n: number;
  readonly dropped: number;
}

/** Orders by |r| descending with NaN last, so the strongest links head the bottleneck list. */
function byStrength(p: CorrelatedPair, q: CorrelatedPair): number {
  const a = Math.abs(p.r);
  const b = Math.abs(q.r);
  if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
  return b - a;
}

/**
 * Pearson correlation matrix of equal-length metrics sampled at the same times, and every pair
 * ranked by |r| for finding which metrics move together. NumPy: np.corrcoef(rows) after dropping
 * the time indices where any metric is NaN (complete cases, counted in `dropped`), so all r share
 * one sample. A constant metric, or fewer than 2 complete indices, gives NaN r, as NumPy does.
 * @throws RangeError when the metrics differ in length.
 * @example correlate({ cpu: [1, 2, 3], latency: [2, 4, 7] }).pairs[0] // { a: 'cpu', b: 'latency', r: 0.9933992677987828 }
 */
export function correlate(metrics: Readonly<Record<string, Numeric>>): Correlation {
  const names = Object.keys(metrics);
  const { columns, dropped } = completeCases(Object.values(metrics), 'metrics');
  const k = names.length;
  const matrix = corrcoef(columns);
  const pairs: CorrelatedPair[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) pairs.push({ a: names[i], b: names[j], r: matrix[i * k + j] });
  }
  const n = k > 0 ? columns[0].length : 0;
  return { names, matrix, pairs: pairs.sort(byStrength), n, dropped };
}
