/**
 * `num` evenly spaced values from start to stop (stop excluded when endpoint is false), computed as
 * NumPy does: i·step + start with step = (stop - start) / div, then the last value set to stop.
 * NumPy: np.linspace(start, stop, num, endpoint). num = 0 -> empty; num = 1 -> [start]; a zero
 * (underflowing) step falls back to (i / div)·(stop - start) + start, as NumPy does for denormals.
 * @throws RangeError when num is not a non-negative integer (NumPy raises ValueError/TypeError).
 * @example linspace(0, 1, 5) // Float64Array [0, 0.25, 0.5, 0.75, 1]
 */
export function linspace(start: number, stop: number, num = 50, endpoint = true): Float64Array {
  if (!Number.isInteger(num) || num < 0) {
    throw new RangeError(`linspace: num must be a non-negative integer, got ${num}`);
  }
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = delta / div;
  const y = new Float64Array(num);
  for (let i = 0; i < num; i++) {
    // NumPy multiplies by delta directly when div <= 0 (step undefined) or the step underflows to 0.
    if (div > 0 && step !== 0) y[i] = i * step + start;
    else if (div > 0) y[i] = (i / div) * delta + start;
    else y[i] = i * delta + start;
  }
  if (endpoint && num > 1) y[num - 1] = stop;
  return y;
}
