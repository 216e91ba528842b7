import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movingMean } from '../../src/kernel/movingMean';
import { movingMeanStd } from '../../src/kernel/movingMeanStd';
import { movingStd } from '../../src/kernel/movingStd';
import { withNaNs, wellScaledDouble } from '../helpers/arbitraries';
import { expectNumpyClose } from '../helpers/fixtures';
import { named, windows } from '../helpers/kernelWindows';

/** movingMeanStd's two outputs, into fresh arrays of the right length. */
function meanStd(x: ArrayLike<number>, w: number, ddof = 0) {
  const means = new Float64Array(x.length - w + 1);
  const stds = new Float64Array(x.length - w + 1);
  movingMeanStd(x, w, ddof, means, stds);
  return { means, stds };
}

/** The bits of every value, NaN payloads and the sign of zero included. */
const bits = (x: Float64Array) => Array.from(new BigUint64Array(x.buffer, x.byteOffset, x.length));

describe('movingMeanStd', () => {
  it.each(named(windows.moving))(
    'movingMeanStd(%s) matches sliding_window_view(x, w).mean(axis=1) and .std(axis=1, ddof)',
    (_, c) => {
      const { means, stds } = meanStd(c.x, c.w, c.ddof);
      expectNumpyClose(means, c.mean);
      expectNumpyClose(stds, c.std);
    },
  );

  it('movingMeanStd gives movingMean and movingStd bit for bit (NaN, ±Infinity, 1e9 + noise)', () => {
    const value = fc.oneof(
      wellScaledDouble,
      wellScaledDouble.map((v) => 1e9 + v),
      fc.constantFrom(Infinity, -Infinity, 1e15),
    );
    fc.assert(
      fc.property(
        withNaNs(fc.array(value, { minLength: 1, maxLength: 300 })),
        fc.nat(),
        fc.nat(3),
        ({ x }, seed, ddof) => {
          const w = 1 + (seed % x.length);
          const { means, stds } = meanStd(x, w, ddof);
          expect(bits(means)).toEqual(bits(movingMean(x, w)));
          expect(bits(stds)).toEqual(bits(movingStd(x, w, ddof)));
        },
      ),
    );
  });

  it('movingMeanStd([1, 2, 4, 8], 2, 0) writes means [1.5, 3, 6] and stds [0.5, 1, 2]', () => {
    const { means, stds } = meanStd([1, 2, 4, 8], 2);
    expect(Array.from(means)).toEqual([1.5, 3, 6]);
    expect(Array.from(stds)).toEqual([0.5, 1, 2]);
  });

  it('movingMeanStd writes into subarrays, leaving the rest of their buffers alone', () => {
    const means = new Float64Array(5).fill(-1);
    const stds = new Float64Array(5).fill(-1);
    movingMeanStd([1, 2, 4, 8], 2, 0, means.subarray(2), stds.subarray(2));
    expect(Array.from(means)).toEqual([-1, -1, 1.5, 3, 6]);
    expect(Array.from(stds)).toEqual([-1, -1, 0.5, 1, 2]);
  });

  it('movingMeanStd throws a RangeError for outputs of the wrong length, and for w outside [1, n]', () => {
    expect(() => movingMeanStd([1, 2, 4], 2, 0, new Float64Array(2), new Float64Array(3))).toThrow(
      /lengths 2 and 3, the result needs 2/,
    );
    expect(() => movingMeanStd([1, 2], 3, 0, new Float64Array(0), new Float64Array(0))).toThrow(
      RangeError,
    );
  });
});
