import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movingStd } from '../../src/kernel/movingStd';
import { wellScaledDouble } from '../helpers/arbitraries';
import { expectNumpyClose } from '../helpers/fixtures';
import { named, windows } from '../helpers/kernelWindows';

/** Two-pass standard deviation of x[start, start + w), the textbook reference. */
function twoPassStd(x: ArrayLike<number>, start: number, w: number, ddof = 0): number {
  let s = 0;
  for (let i = start; i < start + w; i++) s += x[i];
  const mean = s / w;
  let sq = 0;
  for (let i = start; i < start + w; i++) sq += (x[i] - mean) ** 2;
  return Math.sqrt(sq / (w - ddof));
}

const withExact = windows.moving.filter((c) => c.exact_std !== null);

describe('movingStd', () => {
  it.each(named(windows.moving))(
    'movingStd(%s) matches sliding_window_view(x, w).std(axis=1, ddof)',
    (_, c) => {
      expectNumpyClose(movingStd(c.x, c.w, c.ddof), c.std);
    },
  );

  it.each(named(withExact))('movingStd(%s) is within 1e-12 of the exact std', (_, c) => {
    expectNumpyClose(movingStd(c.x, c.w, c.ddof), c.exact_std!, 1e-12);
  });

  it('movingStd([1, 2, 4, 8], 2) is [0.5, 1, 2]', () => {
    expect(Array.from(movingStd([1, 2, 4, 8], 2))).toEqual([0.5, 1, 2]);
  });

  it('movingStd([1, 2, 4, 8], 2, 1) uses w - 1 like ddof=1', () => {
    expectNumpyClose(movingStd([1, 2, 4, 8], 2, 1), [Math.SQRT1_2, Math.SQRT2, 2 * Math.SQRT2]);
  });

  it('movingStd of constant data is exactly 0, never NaN from a tiny negative variance', () => {
    const got = movingStd(new Float64Array(200).fill(0.1), 7);
    expect(got.every((v) => Object.is(v, 0))).toBe(true);
  });

  it('movingStd is exactly 0 once the window is constant after 1e9 + noise', () => {
    const x = [1e9 + 0.3, 1e9 - 0.7, 1e9 + 0.2, ...new Array<number>(10).fill(3.7)];
    const got = movingStd(x, 4);
    expect(Array.from(got.subarray(3))).toEqual(new Array<number>(7).fill(0));
  });

  it('movingStd(x, w, ddof >= w) is +Infinity, or NaN for constant windows, like NumPy 1.24', () => {
    expectNumpyClose(movingStd([1, 2, 2, 2], 2, 2), [Infinity, NaN, NaN]);
  });

  it('movingStd([42.5], 1) is [0]', () => {
    expect(Array.from(movingStd([42.5], 1))).toEqual([0]);
  });

  it('movingStd([], 1) and w outside [1, n] throw a RangeError naming w', () => {
    expect(() => movingStd([], 1)).toThrow(/\bw\b/);
    expect(() => movingStd([1, 2], 0)).toThrow(RangeError);
    expect(() => movingStd([1, 2], 3)).toThrow(RangeError);
  });

  it('movingStd: a NaN makes only its windows NaN; the windows after it are exact', () => {
    expectNumpyClose(movingStd([1, 2, NaN, 4, 5, 7], 2), [0.5, NaN, NaN, 0.5, 1]);
    expectNumpyClose(movingStd([NaN, 1, 3], 2), [NaN, 1]);
  });

  it('movingStd: ±Infinity gives NaN for its windows (inf - inf) and does not poison later ones', () => {
    expectNumpyClose(movingStd([1, Infinity, -Infinity, 2, 3], 2), [NaN, NaN, NaN, 0.5]);
  });

  it('movingStd recovers after a 1e15 spike in 1e9 + noise: later windows match two-pass', () => {
    const x = Float64Array.from({ length: 400 }, (_, i) => 1e9 + Math.sin(i * 1.7) * 2);
    x[100] = 1e15;
    x[103] = -3e14;
    const got = movingStd(x, 20);
    for (let j = 104; j < got.length; j++) {
      expectNumpyClose(got[j], twoPassStd(x, j, 20), 1e-11);
    }
  });

  it('movingStd stays within 1e-11 of two-pass over a 20000-step random walk (no drift)', () => {
    let level = 1e9;
    const x = Float64Array.from({ length: 20000 }, (_, i) => (level += Math.sin(i * 0.37) * 5));
    const got = movingStd(x, 60, 1);
    for (let j = 0; j < got.length; j += 13) {
      expectNumpyClose(got[j], twoPassStd(x, j, 60, 1), 1e-11);
    }
  });

  it('movingStd does not mutate its input and accepts plain arrays and array-likes', () => {
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(movingStd(x, 8)[0]).toBe(2);
    expect(movingStd({ length: 2, 0: 1, 1: 3 }, 2)[0]).toBe(1);
    expect(x).toEqual([2, 4, 4, 4, 5, 5, 7, 9]);
  });

  it('movingStd(x, w, ddof) equals a two-pass std of every window (property)', () => {
    fc.assert(
      fc.property(
        fc.array(wellScaledDouble, { minLength: 2, maxLength: 80 }),
        fc.nat(),
        fc.constantFrom(0, 1),
        (x, seed, ddof) => {
          const w = 2 + (seed % (x.length - 1));
          const got = movingStd(x, w, ddof);
          for (let j = 0; j < got.length; j++) {
            const scale = Math.max(...x.slice(j, j + w).map(Math.abs));
            expect(Math.abs(got[j] - twoPassStd(x, j, w, ddof))).toBeLessThanOrEqual(1e-9 * scale);
          }
        },
      ),
    );
  });

  it('movingStd(x, w, ddof, out) writes into out and returns it; a wrong length throws', () => {
    const out = new Float64Array(3).fill(-1);
    expect(movingStd([1, 2, 4, 8], 2, 0, out)).toBe(out);
    expect(Array.from(out)).toEqual([0.5, 1, 2]);
    expect(() => movingStd([1, 2, 4], 2, 0, new Float64Array(1))).toThrow(/out has length 1/);
  });
});
