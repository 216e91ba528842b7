import { describe, expect, it, vi } from 'vitest';
import { pairwiseSquaredDeviations, pairwiseSum } from '../../src/kernel/pairwiseSum';
import { pairwiseCases } from './pairwiseCases';

/**
 * NumPy's pairwise_sum written out plainly (loops_utils.h.src, NumPy 1.24), recursion and all,
 * with the reduction's 8192-element chunks: the definition the fast loops must reproduce.
 */
function reference(x: Float64Array): number {
  const pairwise = (i: number, n: number): number => {
    if (n < 8) {
      let res = 0;
      for (let k = i; k < i + n; k++) res += x[k];
      return res;
    }
    if (n <= 128) {
      const r = Array.from(x.subarray(i, i + 8));
      let k = 8;
      for (; k < n - (n % 8); k += 8) for (let j = 0; j < 8; j++) r[j] += x[i + k + j];
      let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
      for (; k < n; k++) res += x[i + k];
      return res;
    }
    let half = n >> 1;
    half -= half % 8;
    return pairwise(i, half) + pairwise(i + half, n - half);
  };
  let total = 0;
  for (let lo = 0; lo < x.length; lo += 8192) total += pairwise(lo, Math.min(8192, x.length - lo));
  return total;
}

describe('pairwiseSum', () => {
  it('pairwiseSum of nothing is 0 and of [1e16, 1, -1e16] is 0, as np.sum gives', () => {
    expect(pairwiseSum(new Float64Array(0), 0, 0)).toBe(0);
    expect(pairwiseSum(Float64Array.of(1e16, 1, -1e16), 0, 3)).toBe(0);
  });

  it('pairwiseSum of [-0] is 0: the reduction starts from the identity 0, as in NumPy', () => {
    expect(Object.is(pairwiseSum(Float64Array.of(-0), 0, 1), 0)).toBe(true);
  });

  it('pairwiseSum keeps NaN and ±Infinity, and Infinity + -Infinity is NaN', () => {
    const x = new Float64Array(20000).fill(1);
    x[12345] = Infinity;
    expect(pairwiseSum(x, 0, x.length)).toBe(Infinity);
    x[3] = -Infinity;
    expect(pairwiseSum(x, 0, x.length)).toBeNaN();
    x[3] = NaN;
    x[12345] = 1;
    expect(pairwiseSum(x, 0, x.length)).toBeNaN();
  });

  it('pairwiseSum reads only x[start, start + count)', () => {
    const x = Float64Array.of(1e300, 1, 2, 3, 1e300);
    expect(pairwiseSum(x, 1, 3)).toBe(6);
  });

  it.each(pairwiseCases().filter(([, c]) => c.length <= 20000))(
    'pairwiseSum(%s) equals the plain recursive definition bit for bit',
    (_, c, x) => {
      expect(pairwiseSum(x, 0, x.length)).toBe(reference(x));
      expect(pairwiseSum(x, 0, x.length)).toBe(c.sum);
    },
  );

  it('pairwiseSum over an offset start chunks from the start, as a NumPy slice does', () => {
    const x = Float64Array.from({ length: 20011 }, (_, i) => 1e9 + ((i * 7919) % 10007) / 997);
    expect(pairwiseSum(x, 11, 20000)).toBe(reference(x.subarray(11)));
  });
});

describe('pairwiseSquaredDeviations', () => {
  it('pairwiseSquaredDeviations([1, 2, 3] about 2) is 2, and of nothing 0', () => {
    expect(pairwiseSquaredDeviations(Float64Array.of(1, 2, 3), 0, 3, 2)).toBe(2);
    expect(pairwiseSquaredDeviations(new Float64Array(0), 0, 0, 5)).toBe(0);
  });

  it.each([7, 8, 127, 129, 8192, 8193, 20000])(
    'pairwiseSquaredDeviations of %i values is pairwiseSum of the rounded squares',
    (n) => {
      const x = Float64Array.from({ length: n }, (_, i) => 1e9 + ((i * 7919) % 10007) / 997);
      const mu = 1e9 + 5;
      const squares = x.map((v) => (v - mu) * (v - mu));
      expect(pairwiseSquaredDeviations(x, 0, n, mu)).toBe(reference(squares));
    },
  );
});

describe('pairwiseSum without WebAssembly SIMD', () => {
  it.each(pairwiseCases().filter(([, c]) => c.length >= 8192 && c.length <= 100003))(
    'the scalar loops give the same bits for %s',
    async (_, c, x) => {
      vi.resetModules();
      vi.doMock('../../src/kernel/simd', () => ({ SIMD_BUFFER: 8192, simd: null }));
      const scalar = await import('../../src/kernel/pairwiseSum');
      vi.doUnmock('../../src/kernel/simd');
      expect(scalar.pairwiseSum(x, 0, x.length)).toBe(c.sum);
      const mu = c.sum / c.length;
      expect(scalar.pairwiseSquaredDeviations(x, 0, x.length, mu)).toBe(
        pairwiseSquaredDeviations(x, 0, x.length, mu),
      );
    },
  );
});
