import { describe, expect, it } from 'vitest';
import { scratchCopy } from '../../src/kernel/scratch';
import { median, percentile } from '../../src/kernel';

describe('scratchCopy', () => {
  it('copies typed and plain arrays without touching them', () => {
    const typed = Float64Array.of(3, NaN, -0);
    const copy = scratchCopy(typed);
    expect(copy).not.toBe(typed);
    expect(copy).toEqual(typed);
    expect(scratchCopy([4, 5])).toEqual(Float64Array.of(4, 5));
  });

  it('reuses one buffer: a shorter copy is a view of the same memory as a longer one', () => {
    const long = scratchCopy(new Float64Array(1000).fill(1));
    const short = scratchCopy([7]);
    expect(short.buffer).toBe(long.buffer);
    expect(short.length).toBe(1);
  });

  it('leaves the callers of percentile and median their own inputs and results', () => {
    const x = Float64Array.of(5, 1, 4, 2, 3);
    const q = percentile(x, [25, 75]);
    expect(median(Float64Array.of(10, 30, 20))).toBe(20);
    expect(Array.from(q)).toEqual([2, 4]);
    expect(Array.from(x)).toEqual([5, 1, 4, 2, 3]);
  });
});
