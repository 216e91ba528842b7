/**
 * NumPy's truth value of one element: nonzero is true, so NaN and ±Infinity are true and only 0,
 * -0 and false are false (unlike JavaScript, where NaN is falsy). NumPy: bool(np.float64(v)).
 * @example truthy(NaN) // true
 */
export function truthy(v: number | boolean): boolean {
  return Number(v) !== 0;
}
