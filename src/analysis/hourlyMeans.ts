import { nanmean, type Numeric } from '../kernel';

/**
 * Means of consecutive blocks of `samplesPerHour` samples (per-minute -> hourly with 60), skipping
 * NaN samples. NumPy: np.nanmean(series.reshape(-1, samplesPerHour), axis=1). An hour with no
 * present samples is NaN. Empty in, empty out.
 * @throws RangeError when samplesPerHour is not a positive integer or does not divide series.length.
 * @example hourlyMeans([1, 3, NaN, 4], 2) // Float64Array [2, 4]
 */
export function hourlyMeans(series: Numeric, samplesPerHour: number): Float64Array {
  if (!Number.isInteger(samplesPerHour) || samplesPerHour < 1) {
    throw new RangeError(`samplesPerHour must be a positive integer, got ${samplesPerHour}`);
  }
  if (series.length % samplesPerHour !== 0) {
    throw new RangeError(
      `series length ${series.length} is not a whole number of ${samplesPerHour}-sample hours`,
    );
  }
  const x = new Float64Array(series);
  return Float64Array.from({ length: x.length / samplesPerHour }, (_, h) =>
    nanmean(x.subarray(h * samplesPerHour, (h + 1) * samplesPerHour)),
  );
}
