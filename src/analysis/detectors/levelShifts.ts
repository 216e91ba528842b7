import { median, type Numeric } from '../../kernel';
import type { LevelShift } from './DetectorResult';

/** Options for {@link levelShifts}. */
export interface LevelShiftOptions {
  /** Points that must sit at the new level before a shift is reported (default 12). */
  confirm?: number;
  /** How far, in σ, the median deviation of those points must be from 0 (default 3). */
  threshold?: number;
  /** Points before the shift whose median is the level before (default 4 · confirm). */
  before?: number;
}

/**
 * Level shifts read off a detector's signed deviations, causally: a shift is reported once the
 * median deviation of the last `confirm` points is beyond ±threshold (all on one side), and starts
 * at the first of them beyond the threshold; no new shift is looked for until the median deviation
 * is back within half the threshold (the detector has caught up with the new level). `before` and
 * `after` are the medians of the raw values on each side. O(n · confirm).
 */
export function levelShifts(
  values: Numeric,
  deviation: Float64Array,
  { confirm = 12, threshold = 3, before = 4 * confirm }: LevelShiftOptions = {},
): LevelShift[] {
  const out: LevelShift[] = [];
  const n = values.length;
  // After a shift, the detector's expected value takes a while to reach the new level; until the
  // deviations come back inside the threshold, that is the same shift, not a new one.
  let settling = 0;
  const window = new Float64Array(confirm);
  // Points of the last `confirm` beyond +threshold / 2 and below -threshold / 2: the median can
  // only be past either line when over half the points are, so most windows are skipped unread.
  let above = 0;
  let below = 0;
  const count = (d: number, by: number) => {
    if (d > threshold / 2) above += by;
    else if (d < -threshold / 2) below += by;
  };
  for (let i = 0; i < confirm - 1 && i < n; i++) count(deviation[i], 1);
  for (let i = confirm - 1; i < n; i++) {
    const start = i - confirm + 1;
    count(deviation[i], 1);
    if (start > 0) count(deviation[start - 1], -1);
    if (2 * above < confirm && 2 * below < confirm) {
      settling = 0;
      continue;
    }
    for (let j = 0; j < confirm; j++) window[j] = deviation[start + j];
    const m = median(window);
    if (settling !== 0) {
      if (!(Math.sign(m) === settling && Math.abs(m) > threshold / 2)) settling = 0;
      continue;
    }
    if (start - before < 0 || !(Math.abs(m) > threshold)) continue;
    const sameSide = window.every((d) => Math.sign(d) === Math.sign(m));
    if (!sameSide) continue;
    // The shift starts at the first of those points beyond the threshold on that side.
    let first = start;
    while (first < i && !(Math.sign(m) * deviation[first] > threshold)) first++;
    const levelBefore = median(Array.prototype.slice.call(values, first - before, first));
    const levelAfter = median(Array.prototype.slice.call(values, first, i + 1));
    out.push({ index: first, before: levelBefore, after: levelAfter, kind: 'levelShift' });
    settling = Math.sign(m);
  }
  return out;
}
