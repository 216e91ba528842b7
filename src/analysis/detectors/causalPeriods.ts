import { view, type Numeric } from '../../kernel';
import { lastResult, sameParts } from '../lastResult';
import { detectPeriod, medianStepMs } from './detectPeriod';

/** The first points from which a causal season is looked for, and how the checkpoints grow. */
const FIRST_CHECKPOINT = 256;

/** The season is detected on at most this many of the latest points (two 1-minute weeks and more). */
const PERIOD_SPAN = 32_768;

/** Indices at which the causal detector re-detects the season: 256, then +max(128, c/4). */
function checkpoints(n: number): number[] {
  const out: number[] = [];
  for (let c = FIRST_CHECKPOINT; c < n; c += Math.max(FIRST_CHECKPOINT / 2, Math.floor(c / 4)))
    out.push(c);
  return out;
}

/** The last call's periods, for the same values and time axis (see causalPeriods). */
const lastPeriods = lastResult<[Numeric, ArrayLike<number> | undefined], Int32Array>(sameParts);

/**
 * The season in force at every index, causally: detected on x[c - PERIOD_SPAN, c) at each
 * checkpoint c. It depends on the values and time axis only, so a second call on the same arrays
 * (a detector re-run at another window) answers the first call's array, unchanged: read it, never
 * write it. Empty in, empty out.
 */
export function causalPeriods(values: Numeric, timeMs: ArrayLike<number> | undefined): Int32Array {
  return lastPeriods.get([values, timeMs], () => detectPeriods(values, timeMs));
}

/** causalPeriods, computed. */
function detectPeriods(values: Numeric, timeMs: ArrayLike<number> | undefined): Int32Array {
  const n = values.length;
  const period = new Int32Array(n);
  for (const c of checkpoints(n)) {
    const from = Math.max(0, c - PERIOD_SPAN);
    const stepMs = timeMs ? medianStepMs(view(timeMs, from, c)) : undefined;
    const p = detectPeriod(view(values, from, c), { stepMs }).period ?? 0;
    period.fill(p, c);
  }
  return period;
}
