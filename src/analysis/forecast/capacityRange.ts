/** When a forecast first crosses a capacity line: steps after the series' end (1 = next step). */
export interface CapacityRange {
  /** First step whose upper bound exceeds capacity: the earliest likely crossing, or null. */
  readonly earliest: number | null;
  /** First step whose forecast exceeds capacity, or null within the horizon. */
  readonly expected: number | null;
  /** First step whose lower bound exceeds capacity: the latest likely crossing, or null. */
  readonly latest: number | null;
}

/** 1-based step of the first value above `capacity`, or null. */
function firstAbove(values: ArrayLike<number>, capacity: number): number | null {
  for (let i = 0; i < values.length; i++) if (values[i] > capacity) return i + 1;
  return null;
}

/** A forecast's three lines, as arrays. */
export interface ForecastLines {
  readonly mean: ArrayLike<number>;
  readonly lower: ArrayLike<number>;
  readonly upper: ArrayLike<number>;
}

/**
 * "First day over capacity" as a range read off a forecast and its prediction interval: the
 * earliest likely step (the upper bound crosses), the expected step (the forecast crosses) and
 * the latest likely step (the lower bound crosses); null where that line stays under capacity
 * within the horizon. With daily steps these are days after the last observed day.
 * @example capacityRange({ mean: [1, 5, 9], lower: [0, 3, 7], upper: [2, 7, 11] }, 6) // { earliest: 2, expected: 3, latest: 3 }
 */
export function capacityRange(forecast: ForecastLines, capacity: number): CapacityRange {
  return {
    earliest: firstAbove(forecast.upper, capacity),
    expected: firstAbove(forecast.mean, capacity),
    latest: firstAbove(forecast.lower, capacity),
  };
}
