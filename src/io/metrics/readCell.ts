import { parseQuantity } from './parseQuantity';
import { parseValue } from './parseValue';

/**
 * Reads a cell of series `j` into out[k] and says whether it was a value: a plain number, NaN for
 * a missing-value token, or a number with a unit converted to its base unit (see parseQuantity).
 * The first unit seen for a series is stored in units[j]; a later cell whose base unit differs
 * is refused, as is a cell that is not a number at all (out[k] is then left alone). The result
 * goes to an array, not a return value, so the row loops allocate nothing per cell (V8 boxes a
 * number returned from a call it does not inline).
 * @example readCell('1.5 kB', units, 0, out, 0) // true, out[0] is 1500 and units[0] is 'B'
 */
export function readCell(
  text: string,
  units: string[],
  j: number,
  out: Float64Array,
  k: number,
): boolean {
  const plain = parseValue(text);
  if (plain !== null) {
    out[k] = plain;
    return true;
  }
  const quantity = parseQuantity(text);
  if (quantity === null) return false;
  if (units[j] === '') units[j] = quantity.unit;
  else if (units[j] !== quantity.unit) return false;
  out[k] = quantity.value;
  return true;
}
