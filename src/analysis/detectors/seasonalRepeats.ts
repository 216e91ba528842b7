import { outArray } from '../../kernel';

/** Options for {@link dampSeasonalRepeats}. */
export interface SeasonalRepeatOptions {
  /** Past seasons looked at (default 3). */
  cycles?: number;
  /** Samples either side of the same phase that still count as the same time (default 3). */
  slack?: number;
  /** How large, as a fraction of this deviation, the earlier one must have been (default 0.5). */
  fraction?: number;
}

/**
 * Halves the score of every point whose deviation already happened at the same time of an earlier
 * season: a deviation of the same sign and at least `fraction` of its size within ±slack samples
 * of i - c·period, for c = 1..cycles, with period = periods[i] (0: no season, the score is kept).
 * A square wave's daily edge is then expected, not an anomaly, while a first-time event keeps its
 * score. Causal: point i reads deviations before it only (given causal periods). NaN deviations
 * never match. O(n · cycles · slack). Writes into `out` when given (it may be score itself), else
 * into a fresh array.
 * @throws RangeError when out's length differs from score's.
 * @example dampSeasonalRepeats(score, deviation, causalPeriods(values, timeMs))
 */
export function dampSeasonalRepeats(
  score: Float64Array,
  deviation: Float64Array,
  periods: Int32Array,
  { cycles = 3, slack = 3, fraction = 0.5 }: SeasonalRepeatOptions = {},
  out?: Float64Array,
): Float64Array {
  const damped = outArray(out, score.length, (length) => new Float64Array(length));
  for (let i = 0; i < score.length; i++) {
    damped[i] = score[i];
    const p = periods[i];
    const d = deviation[i];
    if (p <= slack || Number.isNaN(d) || d === 0) continue;
    const floor = fraction * Math.abs(d);
    search: for (let c = 1; c <= cycles; c++) {
      const at = i - c * p;
      for (let j = Math.max(0, at - slack); j <= at + slack && j < i; j++) {
        const past = deviation[j];
        if (Math.sign(past) === Math.sign(d) && Math.abs(past) >= floor) {
          damped[i] = score[i] / 2;
          break search;
        }
      }
    }
  }
  return damped;
}
