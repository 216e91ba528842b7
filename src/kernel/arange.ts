/**
 * Evenly spaced values in [start, stop) with spacing `step`, as NumPy builds them: length
 * ceil((stop - start) / step) (0 if negative), values start and start + step, then start + i·d with
 * d = (start + step) - start (NumPy's fill; d can differ from step in the last bit). A step too
 * large to count (quotient rounding to 0) still gives [start] when it points towards stop.
 * NumPy: np.arange(stop) / np.arange(start, stop, step). Empty range -> empty array.
 * @throws RangeError when step is 0 or the length is NaN or infinite (NumPy raises).
 * @example arange(1, 2, 0.25) // Float64Array [1, 1.25, 1.5, 1.75]
 */
export function arange(stop: number): Float64Array;
export function arange(start: number, stop: number, step?: number): Float64Array;
export function arange(first: number, second?: number, step = 1): Float64Array {
  const [start, stop] = second === undefined ? [0, first] : [first, second];
  if (step === 0) throw new RangeError('arange: step must not be 0');
  const span = stop - start;
  const quotient = span / step;
  // NumPy's "underflow and divide-by-inf check": a nonzero span never gives a length of 0 by
  // rounding; the sign of the zero quotient says whether the step points towards stop.
  const length =
    quotient === 0 && span !== 0 ? (Object.is(quotient, -0) ? 0 : 1) : Math.ceil(quotient);
  if (!Number.isFinite(length)) {
    throw new RangeError(
      `arange: cannot compute a finite length from start ${start}, stop ${stop}, step ${step}`,
    );
  }
  const out = new Float64Array(Math.max(length, 0));
  // NumPy writes the first two values, then fills the rest from their difference.
  const next = start + step;
  const d = next - start;
  for (let i = 0; i < out.length; i++) out[i] = i === 0 ? start : i === 1 ? next : start + i * d;
  return out;
}
