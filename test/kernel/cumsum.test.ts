import { describe, expect, it } from 'vitest';
import { cumsum } from '../../src/kernel/cumsum';
import { elementwiseCases, expectNumpyOutcome, inputs } from '../helpers/kernelFixtures';

describe('cumsum', () => {
  it.each(elementwiseCases('cumsum'))('%s matches NumPy', (_, c) => {
    expectNumpyOutcome(() => cumsum(inputs[c.input]), c);
  });

  it('cumsum(large_offset) equals NumPy bit for bit: both add left to right', () => {
    const [, c] = elementwiseCases('cumsum').find(([, c]) => c.input === 'large_offset')!;
    expect(Array.from(cumsum(inputs.large_offset))).toEqual(c.expected);
  });

  it('cumsum([1, 2, 3]) is [1, 3, 6]', () => {
    expect(Array.from(cumsum([1, 2, 3]))).toEqual([1, 3, 6]);
  });

  it('cumsum([]) is empty', () => {
    expect(cumsum([])).toEqual(new Float64Array(0));
  });

  it('cumsum turns every total from a NaN onwards into NaN', () => {
    expect(Array.from(cumsum([NaN, 1]))).toEqual([NaN, NaN]);
    expect(Array.from(cumsum([1, 2, NaN]))).toEqual([1, 3, NaN]);
  });

  it('cumsum keeps ±Infinity and gives NaN once both have been added', () => {
    expect(Array.from(cumsum([1, Infinity, 1, -Infinity]))).toEqual([1, Infinity, Infinity, NaN]);
    expect(Array.from(cumsum([Number.MAX_VALUE, Number.MAX_VALUE]))).toEqual([
      Number.MAX_VALUE,
      Infinity,
    ]);
  });

  it('cumsum does not mutate its input', () => {
    const x = Float64Array.of(1, 2);
    cumsum(x);
    expect(Array.from(x)).toEqual([1, 2]);
  });
});
