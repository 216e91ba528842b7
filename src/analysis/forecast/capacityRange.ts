import type { Forecast } from './Forecast';

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
function firstAbove(values: Float64Array, capacity: number): number | null {
  const i = values.findIndex((v) => v > capacity);
  return i < 0 ? null : i + 1;
}

/**
 * "First day over capacity" as a range read off a forecast and its prediction interval: the
 * earliest likely step (the upper bound crosses), the expected step (the forecast crosses) and
 * the latest likely step (the lower bound crosses); null where that line stays under capacity
 * within the horizon. With daily steps these are days after the last observed day.
 * @example capacityRange({ mean: [1, 5, 9], lower: [0, 3, 7], upper: [2, 7, 11] }, 6) // { earliest: 2, expected: 3, latest: 3 }
 */
export function capacityRange(
  forecast: Pick<Forecast, 'mean' | 'lower' | 'upper'>,
  capacity: number,
): CapacityRange {
  return {
    earliest: firstAbove(Float64Array.from(forecast.upper), capacity),
    expected: firstAbove(Float64Array.from(forecast.mean), capacity),
    latest: firstAbove(Float64Array.from(forecast.lower), capacity),
  };
}
