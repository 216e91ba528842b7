import { describe, expect, it } from 'vitest';
import { arange } from '../../src/kernel/arange';
import { constructorCases, expectNumpyOutcome } from '../helpers/kernelFixtures';

describe('arange', () => {
  it.each(constructorCases('arange'))('%s matches NumPy bit for bit', (_, c) => {
    expectNumpyOutcome(() => arange(c.start, c.stop, c.step), c);
    expect(Array.from(arange(c.start, c.stop, c.step))).toEqual(c.expected);
  });

  it('arange(4) is [0, 1, 2, 3] and arange(-3) is empty', () => {
    expect(Array.from(arange(4))).toEqual([0, 1, 2, 3]);
    expect(arange(-3)).toEqual(new Float64Array(0));
  });

  it('arange(1, 2, 0.25) is [1, 1.25, 1.5, 1.75]', () => {
    expect(Array.from(arange(1, 2, 0.25))).toEqual([1, 1.25, 1.5, 1.75]);
  });

  it('arange(0.1, 1, 0.3) steps by (0.1 + 0.3) - 0.1, as NumPy’s fill does', () => {
    expect(Array.from(arange(0.1, 1, 0.3))).toEqual([0.1, 0.4, 0.7000000000000001]);
  });

  it('arange(1, 0, -0.25) counts down, and an empty range is empty', () => {
    expect(Array.from(arange(1, 0, -0.25))).toEqual([1, 0.75, 0.5, 0.25]);
    expect(arange(5, 1)).toEqual(new Float64Array(0));
  });

  it('arange(0, 1, Infinity) is [0] and arange(0, 1, -Infinity) empty, like NumPy', () => {
    expect(Array.from(arange(0, 1, Infinity))).toEqual([0]);
    expect(Array.from(arange(0, -1, -Infinity))).toEqual([0]);
    expect(arange(0, 1, -Infinity)).toEqual(new Float64Array(0));
    expect(Array.from(arange(0, 1e-300, 1e300))).toEqual([0]);
  });

  it('arange throws RangeError for a zero step or a NaN or infinite length, where NumPy raises', () => {
    expect(() => arange(0, 1, 0)).toThrow(/step must not be 0/);
    expect(() => arange(NaN)).toThrow(RangeError);
    expect(() => arange(0, Infinity)).toThrow(/finite length/);
  });
});
