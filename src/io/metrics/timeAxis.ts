/** The x axis samples are placed on, and where a timestamp falls on it. */
export interface TimeAxis {
  timeMs: Float64Array;
  /** The regular grid timeMs follows, or null when timeMs is the distinct timestamps. */
  grid: { startMs: number; stepMs: number } | null;
  /** Index in timeMs of timestamp t (the nearest grid step, or t's own place). */
  stepOf(t: number): number;
}

/**
 * A grid longer than this many times the number of distinct timestamps is refused: one stray
 * timestamp far away would otherwise make a huge array of NaN.
 */
const MAX_GRID_STRETCH = 4;

function distinctSorted(times: ArrayLike<number>): Float64Array {
  const sorted = new Float64Array(times).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  }
  return sorted.slice(0, n);
}

/** The most common difference between neighbours of `distinct` (ascending), the smaller on ties. */
function mostCommonStep(distinct: Float64Array): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < distinct.length; i++) {
    const step = distinct[i] - distinct[i - 1];
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = Infinity;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) {
      best = step;
      bestCount = count;
    }
  }
  return best;
}

/** Index of t in ascending `sorted`, which holds it. */
function indexOf(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The axis for `times`. With `onGrid`, a regular grid from the first to the last timestamp whose
 * step is the most common positive difference between sorted distinct timestamps; a timestamp
 * off the grid goes to the nearest step. Without it, or when there is no such grid (one
 * distinct timestamp, or a grid over 4 times longer than the distinct timestamps), the axis is
 * the sorted distinct timestamps themselves.
 * @example timeAxis([0, 60, 180, 240], true).timeMs // Float64Array [0, 60, 120, 180, 240]
 */
export function timeAxis(times: ArrayLike<number>, onGrid: boolean): TimeAxis {
  const distinct = distinctSorted(times);
  if (onGrid && distinct.length >= 2) {
    const startMs = distinct[0];
    const stepMs = mostCommonStep(distinct);
    const count = Math.round((distinct[distinct.length - 1] - startMs) / stepMs) + 1;
    if (count <= MAX_GRID_STRETCH * distinct.length) {
      return {
        timeMs: Float64Array.from({ length: count }, (_, i) => startMs + i * stepMs),
        grid: { startMs, stepMs },
        stepOf: (t) => Math.round((t - startMs) / stepMs),
      };
    }
  }
  return { timeMs: distinct, grid: null, stepOf: (t) => indexOf(distinct, t) };
}
