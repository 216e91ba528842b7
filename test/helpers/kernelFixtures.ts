/**
 * The decoded NumPy reference numbers for the kernel (scripts/fixtures/kernel_reductions.py and
 * kernel_elementwise.py), typed so kernel tests select their cases without casts. Each case is one
 * NumPy call: its function, standard input and arguments, and either NumPy's result (`expected`)
 * or the name of the exception NumPy raised (`raises`). Key names are the generator's.
 */
import elementwiseRaw from '../fixtures/kernel_elementwise.json';
import reductionsRaw from '../fixtures/kernel_reductions.json';
import { expect, it } from 'vitest';
import { isNDArray, ndarray, type NDArray } from '../../src/kernel/ndarray';
import { decode, expectNumpyClose, type Decoded } from './fixtures';

/** The JSON value type decode accepts; the imported fixtures' inferred types are narrower unions. */
type Json = Parameters<typeof decode>[0];

export type NumpyCase = {
  fn: string;
  input: string;
  expected?: Decoded;
  raises?: string;
  ddof?: number;
  q?: number | number[];
  n?: number;
  lo?: number | null;
  hi?: number | null;
  cond?: boolean[];
  b?: number | 'reversed';
  mask?: boolean[] | 'input';
  bins?: number | number[];
  range?: [number, number];
};

export type AxisCase = {
  fn: string;
  axis: number | null;
  ddof?: number;
  expected?: Decoded;
  raises?: string;
};

export type ConstructorCase = {
  fn: 'linspace' | 'arange';
  start: number;
  stop: number;
  num?: number;
  endpoint?: boolean;
  step?: number;
  expected?: number[];
  raises?: string;
};

const reductions = decode(reductionsRaw as unknown as Json) as unknown as {
  inputs: Record<string, number[]>;
  cases: NumpyCase[];
  cube: { shape: number[]; data: number[] };
  axis_cases: AxisCase[];
};

const elementwise = decode(elementwiseRaw as unknown as Json) as unknown as {
  cases: (NumpyCase | ConstructorCase)[];
};

/** The standard inputs (common.standard_inputs()) by name, as plain arrays. */
export const inputs = reductions.inputs;

/** The seeded [4, 5, 3] array the axis cases reduce. */
export const cube = reductions.cube;

/** The cube as an NDArray. */
export const cubeArray: NDArray = ndarray(Float64Array.from(cube.data), cube.shape);

/** A readable call for a test title, e.g. "variance(normal, ddof=1)"; long arrays are elided. */
function callOf(c: Record<string, unknown>): string {
  const args = Object.entries(c)
    .filter(([key]) => !['fn', 'input', 'expected', 'raises'].includes(key))
    .map(([key, v]) => `${key}=${Array.isArray(v) && v.length > 12 ? '[…]' : JSON.stringify(v)}`);
  const input = typeof c.input === 'string' ? [c.input] : [];
  return `${String(c.fn)}(${[...input, ...args].join(', ')})`;
}

/** Cases as [title, case] rows for it.each('%s matches NumPy'). */
function titled<T extends { fn: string }>(cases: T[]): [string, T][] {
  return cases.map((c) => [callOf(c), c]);
}

/** NumPy's results for the reductions `fn` (sum, nanvar, percentile, ...) on the standard inputs. */
export function reductionCases(fn: string): [string, NumpyCase][] {
  return titled(reductions.cases.filter((c) => c.fn === fn));
}

/** NumPy's results for `fn` (sum, mean, variance, std, min, max) of the cube over each axis. */
export function axisCases(fn: string): [string, AxisCase][] {
  return titled(reductions.axis_cases.filter((c) => c.fn === fn)).map(([title, c]) => [
    title.replace('(', '(cube, '),
    c,
  ]);
}

/** NumPy's results for the element-wise function `fn` (cumsum, diff, clip, ...) on the inputs. */
export function elementwiseCases(fn: string): [string, NumpyCase][] {
  return titled(elementwise.cases.filter((c): c is NumpyCase => c.fn === fn));
}

/** NumPy's results for linspace or arange. */
export function constructorCases(fn: 'linspace' | 'arange'): [string, ConstructorCase][] {
  return titled(elementwise.cases.filter((c): c is ConstructorCase => c.fn === fn));
}

/** The shape of a nested array as NumPy would report it ([] for a scalar). */
function shapeOf(value: Decoded | undefined): number[] {
  return Array.isArray(value) ? [value.length, ...shapeOf(value[0])] : [];
}

/**
 * Asserts that `call` behaves as NumPy did in case `c`: throws a RangeError where NumPy raised,
 * otherwise returns NumPy's value (a number, an array, or an NDArray of NumPy's shape) within 1e-9.
 */
export function expectNumpyOutcome(
  call: () => number | ArrayLike<number> | NDArray,
  c: { expected?: Decoded; raises?: string },
): void {
  if (c.raises !== undefined) {
    expect(call).toThrow(RangeError);
    return;
  }
  const actual = call();
  if (isNDArray(actual)) {
    expect(actual.shape).toEqual(shapeOf(c.expected));
    expectNumpyClose(actual.data, c.expected as Decoded);
  } else {
    expectNumpyClose(actual, c.expected as Decoded);
  }
}

/** A reduction with NumPy's signatures: 1-D in, a number out; an NDArray over all or one axis. */
type Reduction = {
  (x: ArrayLike<number>): number;
  (x: NDArray): number;
  (x: NDArray, axis: number): NDArray;
};

/**
 * Registers the NumPy-parity tests of the reduction `fn` (sum, mean, min, max): every standard input,
 * and the cube reduced over everything and over each axis.
 */
export function itMatchesNumpy(fn: string, reduce: Reduction): void {
  it.each(reductionCases(fn))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => reduce(inputs[c.input]), c);
  });
  it.each(axisCases(fn))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => (c.axis === null ? reduce(cubeArray) : reduce(cubeArray, c.axis)), c);
  });
}
