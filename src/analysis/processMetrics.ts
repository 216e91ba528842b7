import { greater, multiply, where, type Numeric } from '../kernel';

/** Options for {@link processMetrics}: values above `cutoff` are scaled by `above`, the rest by `below`. */
export interface ProcessMetricsOptions {
  cutoff?: number;
  above?: number;
  below?: number;
}

/** The seed's cutoff and factors, shared with benchWhereVsLoop's loop. */
export const processMetricsDefaults = { cutoff: 50, above: 1.1, below: 0.9 } as const;

/**
 * Where processMetrics writes, each of the input's length: the mask, the `above` product, and the
 * result (which holds the `below` product until the choice is written over it).
 */
export interface ProcessMetricsOutputs {
  mask: Uint8Array;
  scaledAbove: Float64Array;
  result: Float64Array;
}

/** Fresh outputs for processMetrics on n values. */
export const processMetricsOutputs = (n: number): ProcessMetricsOutputs => ({
  mask: new Uint8Array(n),
  scaledAbove: new Float64Array(n),
  result: new Float64Array(n),
});

/**
 * The seed's vectorised transform: each value above cutoff times `above`, every other value times
 * `below`. NumPy: np.where(values > cutoff, values * above, values * below), or with `out` its
 * out= form: np.greater(values, cutoff, out=mask), np.multiply(values, above, out=scaledAbove),
 * np.multiply(values, below, out=result), np.copyto(result, scaledAbove, where=mask). NaN is not
 * above the cutoff, so it goes through `below` and stays NaN. Empty in, empty out.
 * @returns `out.result` when `out` is given, else a fresh array.
 * @throws RangeError when an output's length is not the input's.
 * @example processMetrics([40, 60]) // Float64Array [36, 66]
 */
export function processMetrics(
  values: Numeric,
  {
    cutoff = processMetricsDefaults.cutoff,
    above = processMetricsDefaults.above,
    below = processMetricsDefaults.below,
  }: ProcessMetricsOptions = {},
  out?: ProcessMetricsOutputs,
): Float64Array {
  // The choice is written over the `below` product: without `out`, this saves a fourth array of n
  // doubles, whose fresh pages cost Chromium about as much as the multiply itself.
  const scaledBelow = multiply(values, below, out?.result);
  const mask = greater(values, cutoff, out?.mask);
  return where(mask, multiply(values, above, out?.scaledAbove), scaledBelow, scaledBelow);
}
