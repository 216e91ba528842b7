/**
 * NumPy's exact sums of generated series (scripts/fixtures/kernel_pairwise.py), shared by the sum,
 * mean, variance and pairwiseSum tests. The series are rebuilt here with the generator's IEEE
 * operations, so a case holds only its parameters and NumPy's results.
 */
import pairwiseRaw from '../fixtures/kernel_pairwise.json';
import { ndarray, type NDArray } from '../../src/kernel/ndarray';
import { decode } from '../helpers/fixtures';

type Json = Parameters<typeof decode>[0];

interface SeriesParameters {
  offset: number;
  scale: number;
  multiplier: number;
}

export interface PairwiseCase extends SeriesParameters {
  length: number;
  sum: number;
  mean: number;
  var: number;
  var_ddof1: number;
  std: number;
}

export interface PairwiseAxisCase extends SeriesParameters {
  fn: 'sum' | 'mean' | 'variance' | 'std';
  shape: number[];
  axis: number;
  expected: number[];
}

const fixture = decode(pairwiseRaw as unknown as Json) as unknown as {
  cases: PairwiseCase[];
  axis_cases: PairwiseAxisCase[];
};

/** offset + (h / 2^32 - 0.5)·scale with h = i·multiplier mod 2^32, as the generator computes it. */
export function generatedSeries(length: number, p: SeriesParameters): Float64Array {
  const x = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    x[i] = p.offset + ((Math.imul(i, p.multiplier) >>> 0) / 4294967296 - 0.5) * p.scale;
  }
  return x;
}

/** Every 1-D case as [title, case, series] rows for it.each. */
export function pairwiseCases(): [string, PairwiseCase, Float64Array][] {
  return fixture.cases.map((c) => [
    `length ${c.length}, offset ${c.offset}, scale ${c.scale}`,
    c,
    generatedSeries(c.length, c),
  ]);
}

/** The NDArray cases of one function as [title, case, array] rows for it.each. */
export function pairwiseAxisCases(
  fn: PairwiseAxisCase['fn'],
): [string, PairwiseAxisCase, NDArray][] {
  return fixture.axis_cases
    .filter((c) => c.fn === fn)
    .map((c) => [
      `shape [${c.shape.join(', ')}], axis ${c.axis}, offset ${c.offset}`,
      c,
      ndarray(
        generatedSeries(
          c.shape.reduce((a, b) => a * b, 1),
          c,
        ),
        c.shape,
      ),
    ]);
}
