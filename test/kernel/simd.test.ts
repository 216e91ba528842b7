import { describe, expect, it } from 'vitest';
import { SIMD_BUFFER, simd, type Simd } from '../../src/kernel/simd';

/** A buffer-sized run of 1e9 + noise starting at `lo` in a longer array, deterministic. */
function series(length: number): Float64Array {
  return Float64Array.from({ length }, (_, i) => 1e9 + ((i * 7919) % 10007) / 997 - 5);
}

/** NumPy's pairwise_sum of a full 8192 buffer: 64 blocks of eight accumulators, then a tree. */
function pairwiseBuffer(x: Float64Array, lo: number, term: (v: number) => number): number {
  const sums: number[] = [];
  for (let b = 0; b < SIMD_BUFFER; b += 128) {
    const r = Array.from({ length: 8 }, (_, j) => term(x[lo + b + j]));
    for (let k = 8; k < 128; k += 8) for (let j = 0; j < 8; j++) r[j] += term(x[lo + b + k + j]);
    sums.push(r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7])));
  }
  while (sums.length > 1) {
    for (let i = 0; i < sums.length / 2; i++) sums[i] = sums[2 * i] + sums[2 * i + 1];
    sums.length /= 2;
  }
  return sums[0];
}

describe('simd', () => {
  it('compiles in Node (WebAssembly SIMD is there), so the kernel takes the SIMD loops', () => {
    expect(simd).not.toBeNull();
  });

  const loops = simd as Simd;

  it.each([0, 3, SIMD_BUFFER])(
    'bufferSum(x, %i) is pairwise_sum of the buffer bit for bit',
    (lo) => {
      const x = series(3 * SIMD_BUFFER);
      expect(loops.bufferSum(x, lo)).toBe(pairwiseBuffer(x, lo, (v) => v));
    },
  );

  it.each([0, 5])(
    'bufferSquares(x, %i, mu) sums the rounded squares (x - mu)² bit for bit',
    (lo) => {
      const x = series(2 * SIMD_BUFFER);
      const mu = 1e9 + 0.1;
      expect(loops.bufferSquares(x, lo, mu)).toBe(
        pairwiseBuffer(x, lo, (v) => (v - mu) * (v - mu)),
      );
    },
  );

  it('bufferSum keeps NaN and Infinity, and Infinity + -Infinity is NaN', () => {
    const x = series(SIMD_BUFFER);
    x[4000] = Infinity;
    expect(loops.bufferSum(x, 0)).toBe(Infinity);
    x[77] = -Infinity;
    expect(loops.bufferSum(x, 0)).toBeNaN();
  });

  it.each([8, 64, 136, SIMD_BUFFER])(
    'min and max of %i values are the smallest and largest',
    (n) => {
      const x = Float64Array.from({ length: n + 3 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
      const values = Array.from(x.subarray(3, 3 + n));
      expect(loops.min(x, 3, n)).toBe(Math.min(...values));
      expect(loops.max(x, 3, n)).toBe(Math.max(...values));
    },
  );

  it.each([0, 1, 7, 8, 63, 4097, SIMD_BUFFER - 1])('min and max are NaN with a NaN at %i', (at) => {
    const x = series(SIMD_BUFFER);
    x[at] = NaN;
    expect(loops.min(x, 0, SIMD_BUFFER)).toBeNaN();
    expect(loops.max(x, 0, SIMD_BUFFER)).toBeNaN();
  });

  it('min and max see ±Infinity and read only x[lo, lo + count)', () => {
    const x = series(80);
    x[10] = -Infinity;
    x[20] = Infinity;
    expect(loops.min(x, 0, 64)).toBe(-Infinity);
    expect(loops.max(x, 0, 64)).toBe(Infinity);
    x[70] = NaN;
    expect(loops.min(x, 8, 8)).toBe(Math.min(...x.subarray(8, 16)));
  });

  it.each([1, 2, 10, 61, 4096])(
    'convolveFull with %i taps writes the scalar sums bit for bit, 16 outputs at a time',
    (m) => {
      const long = series(9000 + m);
      const taps = Float64Array.from({ length: m }, (_, j) => Math.cos(j) / m);
      const count = long.length - m + 1 - 3;
      const out = new Float64Array(count + 5).fill(NaN);
      const done = loops.convolveFull(long, taps, m - 1 + 3, count, out, 5);
      expect(done).toBe(count - (count % 16));
      for (let q = 0; q < done; q++) {
        let acc = 0;
        for (let j = m - 1; j >= 0; j--) acc += long[m - 1 + 3 + q - j] * taps[j];
        if (out[5 + q] !== acc) expect(out[5 + q], `output ${q}`).toBe(acc);
      }
      expect(out[4]).toBeNaN();
    },
  );
});
