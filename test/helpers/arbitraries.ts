import fc from 'fast-check';

/**
 * Finite doubles in ±1e6; magnitudes below 1e-100 become 0, since squares of values under 1e-154
 * underflow and neither NumPy nor a two-pass reference keeps their spread.
 */
export const wellScaledDouble = fc
  .double({ min: -1e6, max: 1e6, noNaN: true })
  .map((v) => (Math.abs(v) < 1e-100 ? 0 : v));

/** Arrays of 1 to 60 finite doubles with many ties, so selection meets duplicates and equal pivots. */
export const tiedSamples = fc.array(
  fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 })),
  { minLength: 1, maxLength: 60 },
);

/** Any double, with NaN, ±0, ±Infinity and small integers (ties) made common: what a sort meets. */
export const sortableDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity),
  fc.integer({ min: -3, max: 3 }),
);

/** A percentage q for percentile, in [0, 100]. */
export const percentage = fc.double({ min: 0, max: 100, noNaN: true });

/**
 * `values` with NaNs put in at random places (none to as many again): `x`, and `clean`, the
 * values without them in their order.
 */
export const withNaNs = (values: fc.Arbitrary<number[]>) =>
  values.chain((clean) =>
    fc.array(fc.nat({ max: clean.length }), { maxLength: clean.length + 1 }).map((places) => {
      const x = [...clean];
      // From the last place back, so that each NaN goes before the value it was drawn for.
      for (const at of [...places].sort((a, b) => b - a)) x.splice(at, 0, NaN);
      return { x, clean };
    }),
  );

/** True when order sorts x like NumPy's stable sort: NaN last, -0 tied with 0, ties by index. */
export function isStableNumpyOrder(x: ArrayLike<number>, order: Uint32Array): boolean {
  if (order.length !== x.length) return false;
  if (new Set(order).size !== x.length) return false;
  const rank = (v: number) => (v !== v ? 1 : 0);
  for (let k = 1; k < order.length; k++) {
    const a = x[order[k - 1]];
    const b = x[order[k]];
    const tie = a === b || (a !== a && b !== b);
    if (tie ? order[k - 1] > order[k] : a > b || rank(a) > rank(b)) return false;
  }
  return true;
}
