import { describe, expect, it } from 'vitest';
import { CORR_CHUNK, SIMD_MAX_ROWS, corrcoefDots } from '../../src/kernel/simdCorrcoef';

describe('corrcoefDots', () => {
  it('is null for fewer than 2 or more than SIMD_MAX_ROWS rows, where corrcoef stays scalar', () => {
    expect(corrcoefDots(1)).toBeNull();
    expect(corrcoefDots(SIMD_MAX_ROWS + 1)).toBeNull();
  });

  it('compiles once per row count and pads the tile width to an even count', () => {
    expect(corrcoefDots(5)).toBe(corrcoefDots(5));
    expect(corrcoefDots(5)?.width).toBe(6);
    expect(corrcoefDots(8)?.width).toBe(8);
  });

  it.each([2, 3, 5, 8, 16])(
    'with %i rows, sums every pair’s products in observation order, bit for bit, across chunks',
    (k) => {
      const dots = corrcoefDots(k)!;
      const m = CORR_CHUNK + 77;
      const c = Array.from({ length: k }, (_, r) =>
        Float64Array.from({ length: m }, (_, t) => Math.sin(t * 12.9898 + r * 78.233) * 437.5),
      );
      dots.reset();
      for (let lo = 0; lo < m; lo += CORR_CHUNK) {
        const len = Math.min(CORR_CHUNK, m - lo);
        for (let r = 0; r < k; r++) {
          for (let t = 0; t < len; t++) dots.tile[t * dots.width + r] = c[r][lo + t];
        }
        dots.accumulate(len);
      }
      for (let i = 0; i < k; i++) {
        for (let j = 0; j <= i; j++) {
          let d = 0;
          for (let t = 0; t < m; t++) d += c[i][t] * c[j][t];
          expect(dots.dot(i, j), `pair ${i}, ${j}`).toBe(d);
        }
      }
    },
  );

  it('reset zeroes the running sums and accumulate(0) adds nothing', () => {
    const dots = corrcoefDots(2)!;
    dots.reset();
    dots.accumulate(0);
    expect(dots.dot(1, 0)).toBe(0);
  });
});
