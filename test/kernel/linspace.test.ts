import { describe, expect, it } from 'vitest';
import { linspace } from '../../src/kernel/linspace';
import { constructorCases, expectNumpyOutcome } from '../helpers/kernelFixtures';

describe('linspace', () => {
  it.each(constructorCases('linspace'))('%s matches NumPy bit for bit', (_, c) => {
    expectNumpyOutcome(() => linspace(c.start, c.stop, c.num, c.endpoint), c);
    expect(Array.from(linspace(c.start, c.stop, c.num, c.endpoint))).toEqual(c.expected);
  });

  it('linspace(0, 1, 5) is [0, 0.25, 0.5, 0.75, 1]', () => {
    expect(Array.from(linspace(0, 1, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('linspace(0, 1) has NumPy’s default 50 points and ends exactly on stop', () => {
    const y = linspace(0, 1);
    expect(y.length).toBe(50);
    expect(y[49]).toBe(1);
  });

  it('linspace(0, 1, 5, false) leaves out stop', () => {
    expect(Array.from(linspace(0, 1, 5, false))).toEqual([0, 0.2, 0.4, 0.6000000000000001, 0.8]);
  });

  it('linspace with num 0 or 1 is [] or [start]', () => {
    expect(linspace(3, 4, 0)).toEqual(new Float64Array(0));
    expect(Array.from(linspace(3, 4, 1))).toEqual([3]);
  });

  it('linspace over an infinite or NaN span gives NaN inside, like NumPy', () => {
    expect(Array.from(linspace(0, Infinity, 3))).toEqual([NaN, Infinity, Infinity]);
    expect(Array.from(linspace(NaN, 1, 2))).toEqual([NaN, 1]);
  });

  it('linspace(-MAX_VALUE, MAX_VALUE, 3) overflows its step to Infinity like NumPy', () => {
    expect(Array.from(linspace(-Number.MAX_VALUE, Number.MAX_VALUE, 3))).toEqual([
      NaN,
      Infinity,
      Number.MAX_VALUE,
    ]);
  });

  it('linspace(start, stop, num) throws RangeError naming num for a negative or fractional num', () => {
    expect(() => linspace(0, 1, -1)).toThrow(/num must be a non-negative integer/);
    expect(() => linspace(0, 1, 2.5)).toThrow(RangeError);
  });
});
