import { describe, expect, it } from 'vitest';
import { take } from '../../src/kernel';

describe('take', () => {
  it('take(x, indices) returns the elements at indices in the order given, like np.take', () => {
    expect(take([10, 20, 30], [2, 0, 2])).toEqual(Float64Array.from([30, 10, 30]));
  });

  it('take(x, []) returns an empty Float64Array', () => {
    expect(take([1, 2], [])).toEqual(new Float64Array(0));
  });

  it('take copies NaN values as they are', () => {
    expect(take([NaN, 1], [0])[0]).toBeNaN();
  });

  it.each([[-1], [3], [NaN]])('take(x, [%s]) throws a RangeError naming indices', (j) => {
    expect(() => take([1, 2, 3], [j])).toThrow(RangeError);
    expect(() => take([1, 2, 3], [j])).toThrow('indices');
  });

  it('take does not mutate its input', () => {
    const x = Float64Array.from([1, 2, 3]);
    take(x, [0]);
    expect(x).toEqual(Float64Array.from([1, 2, 3]));
  });
});
