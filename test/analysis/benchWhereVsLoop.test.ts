import { describe, expect, it } from 'vitest';
import { benchWhereVsLoop, type BenchResult } from '../../src/analysis/benchWhereVsLoop';

/** A clock that returns the given readings in order. */
const clock = (...readings: number[]) => {
  let i = 0;
  return () => {
    if (i >= readings.length) throw new Error('clock read too often');
    return readings[i++];
  };
};

/** Runs a benchWhereVsLoop generator to its end: its result, and how often it paused. */
function finish(steps: Generator<void, BenchResult, void>) {
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses++;
  return { result: step.value, pauses };
}

/** benchWhereVsLoop's result, driven without pausing. */
const bench = (...args: Parameters<typeof benchWhereVsLoop>) =>
  finish(benchWhereVsLoop(...args)).result;

describe('benchWhereVsLoop', () => {
  it('benchWhereVsLoop(n, options, clock) reports the median of each path and their ratio', () => {
    // Per repeat: vectorised start/end, then loop start/end.
    // Vectorised takes 2, 1, 9 ms (median 2); the loop takes 10, 30, 20 ms (median 20).
    const now = clock(0, 2, 2, 12, 100, 101, 101, 131, 200, 209, 209, 229);
    expect(bench(1000, { repeats: 3 }, now)).toEqual({
      n: 1000,
      vectorisedMs: 2,
      loopMs: 20,
      speedup: 10,
    });
  });

  it('benchWhereVsLoop pauses before the warm-up, after each path’s warm-up and before each repeat', () => {
    expect(
      finish(benchWhereVsLoop(1000, { repeats: 3 }, clock(0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6)))
        .pauses,
    ).toBe(6);
    expect(finish(benchWhereVsLoop(10, { repeats: 1 }, clock(0, 1, 1, 2))).pauses).toBe(4);
  });

  it('benchWhereVsLoop(n) reports speedup NaN when the vectorised path reads 0 ms', () => {
    const got = bench(10, { repeats: 1 }, clock(5, 5, 5, 8));
    expect(got.vectorisedMs).toBe(0);
    expect(got.loopMs).toBe(3);
    expect(got.speedup).toBeNaN();
  });

  it('benchWhereVsLoop(n) with the real clock returns non-negative finite timings', () => {
    const got = bench(20000, { cutoff: 30, above: 2, below: 0.25, repeats: 3 });
    expect(got.n).toBe(20000);
    expect(Number.isFinite(got.vectorisedMs) && got.vectorisedMs >= 0).toBe(true);
    expect(Number.isFinite(got.loopMs) && got.loopMs > 0).toBe(true);
  });

  it.each([-1, 1.5, NaN])('benchWhereVsLoop(%s) throws a RangeError naming n', (n) => {
    expect(() => bench(n)).toThrow(/n must/);
  });

  it('benchWhereVsLoop(n, {repeats: 0}) throws a RangeError naming repeats', () => {
    expect(() => bench(10, { repeats: 0 })).toThrow(RangeError);
    expect(() => bench(10, { repeats: 0 })).toThrow(/repeats/);
  });
});
