/** The share of steps a counter may go down (resets) and still be read as a counter. */
const MAX_RESET_SHARE = 0.01;

/**
 * Whether `values` look like a counter: at least 3 non-NaN values, the last above the first, and
 * no more than 1 % of steps going down (a counter only drops when it is reset).
 * @example looksLikeCounter([1, 2, 2, 5, 9]) // true
 */
export function looksLikeCounter(values: ArrayLike<number>): boolean {
  let steps = 0;
  let drops = 0;
  let first = NaN;
  let last = NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (last === last) {
      steps++;
      if (v < last) drops++;
    } else first = v;
    last = v;
  }
  return steps >= 2 && last > first && drops <= MAX_RESET_SHARE * steps;
}
