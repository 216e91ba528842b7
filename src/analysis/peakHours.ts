import { argsort, type Numeric } from '../kernel';

/** What {@link peakHours} returns: hour indices, busiest first, and their values. */
export interface PeakHours {
  hours: Uint32Array;
  values: Float64Array;
}

/**
 * The `top` largest hours, largest first. NumPy: i = np.argsort(hourly, kind='stable')[-top:][::-1],
 * so among equal values the later hour comes first. Differences on purpose: NaN hours are never
 * peaks (NumPy sorts NaN last, so the seed's expression would list them first), and top = 0 gives
 * nothing (NumPy's [-0:] is everything). Fewer than `top` present hours gives them all.
 * @throws RangeError when top is not a non-negative integer.
 * @example peakHours([5, 9, 1, 9], 2).hours // Uint32Array [3, 1]
 */
export function peakHours(hourly: Numeric, top = 3): PeakHours {
  if (!Number.isInteger(top) || top < 0) {
    throw new RangeError(`top must be a non-negative integer, got ${top}`);
  }
  const order = argsort(hourly);
  const picked: number[] = [];
  for (let j = order.length - 1; j >= 0 && picked.length < top; j--) {
    if (!Number.isNaN(hourly[order[j]])) picked.push(order[j]);
  }
  return { hours: Uint32Array.from(picked), values: Float64Array.from(picked, (h) => hourly[h]) };
}
