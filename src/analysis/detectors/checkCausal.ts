import type { Numeric } from '../../kernel';

/** What {@link checkCausal} found. */
export interface CausalCheck {
  readonly causal: boolean;
  /** The first index checked whose score changed when later points were removed, or null. */
  readonly firstMismatch: number | null;
  /** The indices checked. */
  readonly checked: readonly number[];
}

/** Equal as scores: both NaN, or within 1e-9 relative (rounding in re-ordered sums). */
function same(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether a detector is causal, as NAB requires: for `points` indices i spread evenly over the
 * series (plus its last index), the score at i from the whole series must equal the score at i
 * from the series cut after i. A detector that looks ahead (a centred window, a decomposition of
 * the whole series, a threshold from all values) changes some score and fails. Costs points + 1
 * detector runs.
 */
export function checkCausal(
  detect: (values: Float64Array) => ArrayLike<number>,
  values: Numeric,
  points = 24,
): CausalCheck {
  const all = new Float64Array(values);
  const full = detect(all);
  const n = all.length;
  const checked = [
    ...new Set([
      ...Array.from({ length: points }, (_, k) => Math.floor(((k + 1) * (n - 1)) / (points + 1))),
      n - 1,
    ]),
  ];
  for (const i of checked) {
    const cut = detect(all.slice(0, i + 1));
    if (!same(cut[i], full[i])) return { causal: false, firstMismatch: i, checked };
  }
  return { causal: true, firstMismatch: null, checked };
}
