import { describe, expect, it } from 'vitest';
import { clip } from '../../src/kernel/clip';
import { elementwiseCases, expectNumpyOutcome, inputs } from '../helpers/kernelFixtures';

describe('clip', () => {
  it.each(elementwiseCases('clip'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => clip(inputs[c.input], c.lo!, c.hi!), c);
  });

  it('clip([-5, 0.5, 7, NaN], 0, 1) is [0, 0.5, 1, NaN]: NaN stays NaN', () => {
    expect(Array.from(clip([-5, 0.5, 7, NaN], 0, 1))).toEqual([0, 0.5, 1, NaN]);
  });

  it('clip with a null bound leaves that side open', () => {
    expect(Array.from(clip([-5, 5], null, 1))).toEqual([-5, 1]);
    expect(Array.from(clip([-5, 5], 0, null))).toEqual([0, 5]);
  });

  it('clip with a NaN bound ignores that bound, like NumPy 1.24', () => {
    expect(Array.from(clip([-5, 5], NaN, 1))).toEqual([-5, 1]);
    expect(Array.from(clip([-5, 5], 0, NaN))).toEqual([0, 5]);
  });

  it('clip with lo > hi gives hi everywhere, like NumPy', () => {
    expect(Array.from(clip([0, 5, 10], 6, 4))).toEqual([4, 4, 4]);
  });

  it('clip limits ±Infinity and ±MAX_VALUE', () => {
    expect(Array.from(clip([-Infinity, Infinity], -1, 1))).toEqual([-1, 1]);
    expect(Array.from(clip([Number.MAX_VALUE], null, 1e300))).toEqual([1e300]);
  });

  it('clip of empty input is empty', () => {
    expect(clip([], 0, 1)).toEqual(new Float64Array(0));
  });

  it('clip(x, null, null) throws RangeError, where NumPy raises', () => {
    expect(() => clip([1], null, null)).toThrow(/at least one of lo and hi/);
  });

  it('clip does not mutate its input', () => {
    const x = Float64Array.of(-1, 2);
    clip(x, 0, 1);
    expect(Array.from(x)).toEqual([-1, 2]);
  });
});
