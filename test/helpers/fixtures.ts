/**
 * Reading NumPy fixtures (made by scripts/numpy-fixtures.py) and comparing numbers with NumPy's.
 * JSON has no NaN or infinities: the generator writes them as "NaN", "Infinity", "-Infinity".
 */
import { expect } from 'vitest';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A fixture value with NaN and infinities turned back into numbers. */
export type Decoded = null | boolean | number | string | Decoded[] | { [key: string]: Decoded };

const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** Turns the encoded strings back into NaN and infinities, recursively. */
export function decode(value: Json): Decoded {
  if (typeof value === 'string') return value in SPECIAL ? SPECIAL[value] : value;
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/**
 * True when a and b agree within relative tolerance `rel`, or within `abs` for results that should
 * be zero (round-off such as 1e-17 vs 0). NaN equals NaN; infinities must match exactly.
 */
export function closeTo(a: number, b: number, rel = 1e-9, abs = 1e-12): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), abs);
}

/**
 * Asserts that `actual` (a number or numeric array) matches NumPy's `expected` element-wise within
 * relative error `rel` (default 1e-9), with NaN matching NaN. Reports the first differing index.
 */
export function expectNumpyClose(
  actual: number | ArrayLike<number>,
  expected: Decoded,
  rel = 1e-9,
): void {
  if (typeof actual === 'number') {
    expect(typeof expected, 'expected a scalar').toBe('number');
    if (!closeTo(actual, expected as number, rel)) {
      expect(actual, `scalar differs from NumPy beyond ${rel}`).toBe(expected);
    }
    return;
  }
  const want = (expected as Decoded[]).flat(Infinity as 1) as number[];
  expect(actual.length, 'length differs from NumPy').toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    if (!closeTo(actual[i], want[i], rel)) {
      expect(actual[i], `index ${i} differs from NumPy beyond ${rel}`).toBe(want[i]);
    }
  }
}
