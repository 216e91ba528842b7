/**
 * The most points Prometheus returns per series from one range query: more is refused with
 * "exceeded maximum resolution of 11,000 points per timeseries".
 */
export const MAX_STEPS_PER_QUERY = 11_000;

/** The points (series x steps) fetched at most unless a request says otherwise. */
export const DEFAULT_POINT_BUDGET = 1e7;

/** Points (series x steps) asked for in one query_range call at most, so that chunks stream in. */
export const POINTS_PER_CHUNK = 500_000;

/** Steps a coarser resolution is chosen from (seconds): the round durations dashboards use. */
const ROUND_STEPS_SEC = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
];
const DAY_SEC = 86_400;

/**
 * How many times Prometheus evaluates a query over `startSec`..`endSec` every `stepSec` seconds:
 * start, start + step, ... up to end, both ends included. 0 when end < start.
 * @example stepCount(0, 120, 60) // 3
 */
export function stepCount(startSec: number, endSec: number, stepSec: number): number {
  return endSec < startSec ? 0 : Math.floor((endSec - startSec) / stepSec) + 1;
}

/**
 * The finest step (seconds) at which `series` series over `startSec`..`endSec` stay within
 * `budget` points: `wantedStepSec` itself when it fits, else the smallest round step (1 s, 2 s,
 * 5 s, ..., 1 h, ..., 1 d, then whole days) coarser than it that fits. At least one series is
 * assumed (a query that matches nothing now may match something earlier in the range), and a
 * budget under two points a series is read as two.
 * @example chooseStep(0, 86_400, 60, 1000, 1e6) // 120: 1,441 steps x 1000 series is over 1e6
 */
export function chooseStep(
  startSec: number,
  endSec: number,
  wantedStepSec: number,
  series: number,
  budget: number,
): number {
  const count = Math.max(1, series);
  const fits = (step: number) => count * stepCount(startSec, endSec, step) <= budget;
  if (fits(wantedStepSec)) return wantedStepSec;
  const round = ROUND_STEPS_SEC.find((step) => step > wantedStepSec && fits(step));
  if (round !== undefined) return round;
  // Past the round steps, whole days: as many steps a series as the budget allows.
  const steps = Math.max(2, Math.floor(budget / count));
  const days = Math.ceil((endSec - startSec) / (steps - 1) / DAY_SEC);
  return Math.max(Math.floor(wantedStepSec / DAY_SEC) + 1, days) * DAY_SEC;
}

/**
 * Steps per query_range call for `series` series: POINTS_PER_CHUNK points per call, at most
 * Prometheus's 11,000 points per series and at least one step.
 * @example chunkSteps(3) // 11000
 * @example chunkSteps(1000) // 500
 */
export function chunkSteps(series: number): number {
  return Math.min(
    MAX_STEPS_PER_QUERY,
    Math.max(1, Math.floor(POINTS_PER_CHUNK / Math.max(1, series))),
  );
}

/** One query_range call's part of a range, in epoch seconds, both ends included. */
export interface RangeChunk {
  startSec: number;
  endSec: number;
}

/**
 * `startSec`..`endSec` at `stepSec` split into consecutive chunks of `steps` evaluation steps
 * each (the last one shorter), oldest first, with no step asked twice or left out: chunk k starts
 * at start + k * steps * step and ends one step before the next begins, the last at `endSec`.
 * A single chunk when the range has `steps` steps or fewer.
 * @example planChunks(0, 300, 60, 4) // [{ startSec: 0, endSec: 180 }, { startSec: 240, endSec: 300 }]
 */
export function planChunks(
  startSec: number,
  endSec: number,
  stepSec: number,
  steps: number,
): RangeChunk[] {
  const total = stepCount(startSec, endSec, stepSec);
  const chunks: RangeChunk[] = [];
  for (let first = 0; first < total; first += steps) {
    const last = Math.min(total, first + steps) - 1;
    chunks.push({
      startSec: startSec + first * stepSec,
      endSec: last === total - 1 ? endSec : startSec + last * stepSec,
    });
  }
  return chunks;
}
