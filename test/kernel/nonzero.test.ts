import { describe, expect, it } from 'vitest';
import { nonzero } from '../../src/kernel/nonzero';
import { elementwiseCases, expectNumpyOutcome, inputs } from '../helpers/kernelFixtures';

describe('nonzero', () => {
  it.each(elementwiseCases('nonzero'))('%s matches NumPy', (_, c) => {
    const mask = c.mask === 'input' ? inputs[c.input] : c.mask!;
    expectNumpyOutcome(() => nonzero(mask), c);
  });

  it('nonzero([0, 2, 0, NaN]) is [1, 3]: NaN is nonzero, as in NumPy', () => {
    const out = nonzero([0, 2, 0, NaN]);
    expect(out).toBeInstanceOf(Uint32Array);
    expect(Array.from(out)).toEqual([1, 3]);
  });

  it('nonzero counts ±Infinity and true, not 0, -0 or false', () => {
    expect(Array.from(nonzero([Infinity, 0, -Infinity, -0]))).toEqual([0, 2]);
    expect(Array.from(nonzero([false, true, true]))).toEqual([1, 2]);
  });

  it('nonzero of an empty or all-zero mask is empty', () => {
    expect(nonzero([])).toEqual(new Uint32Array(0));
    expect(nonzero([0, 0])).toEqual(new Uint32Array(0));
  });

  it('nonzero does not mutate its input', () => {
    const mask = Float64Array.of(0, 1);
    nonzero(mask);
    expect(Array.from(mask)).toEqual([0, 1]);
  });
});
