import { describe, expect, it } from 'vitest';
import { histogram } from '../../src/kernel/histogram';
import type { Decoded } from '../helpers/fixtures';
import { elementwiseCases, expectNumpyOutcome, inputs } from '../helpers/kernelFixtures';

describe('histogram', () => {
  it.each(elementwiseCases('histogram'))('%s matches NumPy', (_, c) => {
    const run = () => histogram(inputs[c.input], c.bins, c.range);
    const expected = c.expected as { counts: Decoded; edges: Decoded } | undefined;
    expectNumpyOutcome(() => run().counts, { raises: c.raises, expected: expected?.counts });
    expectNumpyOutcome(() => run().edges, { raises: c.raises, expected: expected?.edges });
  });

  it('histogram([1, 2, 2, 3], 2) is counts [1, 3] over edges [1, 2, 3]: the last bin is closed', () => {
    const { counts, edges } = histogram([1, 2, 2, 3], 2);
    expect(Array.from(counts)).toEqual([1, 3]);
    expect(Array.from(edges)).toEqual([1, 2, 3]);
  });

  it('histogram(x) defaults to 10 bins', () => {
    expect(histogram([0, 10]).counts.length).toBe(10);
  });

  it('histogram puts values on an inner edge in the bin to the right', () => {
    expect(Array.from(histogram([0, 0.5, 1], 2).counts)).toEqual([1, 2]);
    expect(Array.from(histogram([0, 0.5, 1], [0, 0.5, 1]).counts)).toEqual([1, 2]);
  });

  it('histogram of a single value widens the range by ±0.5, like NumPy', () => {
    const { counts, edges } = histogram([5], 2);
    expect(Array.from(edges)).toEqual([4.5, 5, 5.5]);
    expect(Array.from(counts)).toEqual([0, 1]);
  });

  it('histogram([]) counts nothing over [0, 1], like NumPy', () => {
    const { counts, edges } = histogram([], 4);
    expect(Array.from(counts)).toEqual([0, 0, 0, 0]);
    expect(Array.from(edges)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('histogram with a range leaves out values outside it, NaN and ±Infinity', () => {
    const { counts } = histogram([NaN, -Infinity, -1, 0, 1, 2, Infinity], 2, [0, 2]);
    expect(Array.from(counts)).toEqual([1, 2]);
  });

  it('histogram with explicit edges counts half-open bins and ignores range, like NumPy', () => {
    const { counts, edges } = histogram([1, 2, 2, 5, 9, NaN], [0, 2, 5], [100, 200]);
    expect(Array.from(counts)).toEqual([1, 3]);
    expect(Array.from(edges)).toEqual([0, 2, 5]);
  });

  it('histogram with ±Infinity edges counts infinite values in the outer bins', () => {
    expect(
      Array.from(histogram([-Infinity, 0, Infinity], [-Infinity, 0, Infinity]).counts),
    ).toEqual([1, 2]);
  });

  it('histogram with one or no edges has no bins', () => {
    expect(histogram([1, 2], [1]).counts).toEqual(new Float64Array(0));
    expect(histogram([1, 2], []).counts).toEqual(new Float64Array(0));
  });

  it('histogram throws RangeError naming the argument NumPy rejects', () => {
    expect(() => histogram([1, NaN])).toThrow(
      /range of x \(autodetected\) \[NaN, NaN\] is not finite/,
    );
    expect(() => histogram([1, Infinity])).toThrow(/not finite/);
    expect(() => histogram([1], 0)).toThrow(/bins must be a positive integer/);
    expect(() => histogram([1], 2.5)).toThrow(RangeError);
    expect(() => histogram([1], [2, 1])).toThrow(/bins must increase monotonically/);
    expect(() => histogram([1], 2, [3, 1])).toThrow(/range \[3, 1\] must have min <= max/);
    expect(() => histogram([1], 2, [0, Infinity])).toThrow(/supplied range/);
  });

  it('histogram does not mutate its inputs', () => {
    const x = Float64Array.of(3, 1, 2);
    const edges = [0, 2, 4];
    histogram(x, edges);
    expect(Array.from(x)).toEqual([3, 1, 2]);
    expect(edges).toEqual([0, 2, 4]);
  });
});
