import { describe, expect, it } from 'vitest';
import { ndarray } from '../../src/kernel/ndarray';
import { reduce, reduceAll, reduceAxis, type LaneReducer } from '../../src/kernel/reduceAxis';

/** Records every element each lane sees, in order: out[j] gets a code of lane j's sequence. */
function tracer(seen: number[][]): LaneReducer {
  return (maxLanes, length) => (x, start, lanes, laneStride, stride, out, outStart) => {
    expect(lanes).toBeLessThanOrEqual(maxLanes);
    for (let j = 0; j < lanes; j++) {
      const lane = Array.from({ length }, (_, k) => x[start + j * laneStride + k * stride]);
      seen[outStart + j] = lane;
      out[outStart + j] = lane.reduce((a, b) => a * 10 + b, 0);
    }
  };
}

const lastOf: LaneReducer =
  (_maxLanes, length) => (x, start, lanes, laneStride, stride, out, outStart) => {
    for (let j = 0; j < lanes; j++)
      out[outStart + j] = x[start + j * laneStride + (length - 1) * stride];
  };

describe('reduceAxis', () => {
  // a[i][j][k] = 100·i + 10·j + k, shape [2, 3, 2]
  const a = ndarray(
    Float64Array.from(
      { length: 12 },
      (_, n) => 100 * Math.floor(n / 6) + 10 * (Math.floor(n / 2) % 3) + (n % 2),
    ),
    [2, 3, 2],
  );

  it.each([
    [0, [3, 2], [100, 101, 110, 111, 120, 121]],
    [1, [2, 2], [20, 21, 120, 121]],
    [2, [2, 3], [1, 11, 21, 101, 111, 121]],
    [-1, [2, 3], [1, 11, 21, 101, 111, 121]],
    [-3, [3, 2], [100, 101, 110, 111, 120, 121]],
  ])(
    'reduceAxis(a, %d) hands each output the slice np.take(a, -1, axis) would end with',
    (axis, shape, last) => {
      const out = reduceAxis(a, axis, lastOf);
      expect(out.shape).toEqual(shape);
      expect(Array.from(out.data)).toEqual(last);
    },
  );

  it('reduceAxis gives every lane its elements in axis order', () => {
    const seen: number[][] = [];
    reduceAxis(a, 1, tracer(seen));
    expect(seen).toEqual([
      [0, 10, 20],
      [1, 11, 21],
      [100, 110, 120],
      [101, 111, 121],
    ]);
  });

  it('reduceAxis over the last axis splits many outputs into blocks of lanes', () => {
    const rows = 100;
    const x = ndarray(
      Float64Array.from({ length: rows * 3 }, (_, n) => n),
      [rows, 3],
    );
    const out = reduceAxis(x, 1, lastOf);
    expect(Array.from(out.data)).toEqual(Array.from({ length: rows }, (_, r) => 3 * r + 2));
  });

  it('reduceAxis throws RangeError for an axis outside [-ndim, ndim) or not an integer', () => {
    expect(() => reduceAxis(a, 3, lastOf)).toThrow(/axis 3 is out of bounds/);
    expect(() => reduceAxis(a, -4, lastOf)).toThrow(RangeError);
    expect(() => reduceAxis(a, 1.5, lastOf)).toThrow(RangeError);
    expect(() => reduceAxis(ndarray(Float64Array.of(1), []), 0, lastOf)).toThrow(RangeError);
  });

  it('reduceAxis does not mutate the input', () => {
    const before = Array.from(a.data);
    reduceAxis(a, 0, lastOf);
    expect(Array.from(a.data)).toEqual(before);
  });
});

describe('reduceAll / reduce', () => {
  it('reduceAll reduces a plain array as one lane', () => {
    expect(reduceAll([4, 5, 6], lastOf)).toBe(6);
  });

  it('reduce(nd) and reduce(nd, null) reduce every element; reduce(nd, axis) reduces along it', () => {
    const nd = ndarray(Float64Array.of(1, 2, 3, 4), [2, 2]);
    expect(reduce(nd, undefined, lastOf)).toBe(4);
    expect(reduce(nd, null, lastOf)).toBe(4);
    expect(reduce(nd, 0, lastOf)).toEqual({ data: Float64Array.of(3, 4), shape: [2] });
    expect(reduce([7, 8], null, lastOf)).toBe(8);
  });
});
