import { median } from '../../kernel';

/**
 * The median difference between neighbouring timestamps of an ascending axis, in its unit.
 * NumPy: np.median(np.diff(time)). Fewer than 2 timestamps -> NaN.
 * @example medianStep([0, 60, 120, 300]) // 60
 */
export function medianStep(timeMs: ArrayLike<number>): number {
  if (timeMs.length < 2) return NaN;
  const steps = new Float64Array(timeMs.length - 1);
  for (let i = 1; i < timeMs.length; i++) steps[i - 1] = timeMs[i] - timeMs[i - 1];
  return median(steps);
}
