import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corrcoef } from '../../src/kernel/corrcoef';
import { sum } from '../../src/kernel/sum';
import { expectNumpyClose } from '../helpers/fixtures';
import { named, windows } from '../helpers/kernelWindows';

describe('corrcoef', () => {
  it.each(named(windows.corrcoef))('corrcoef(%s) matches np.corrcoef', (_, c) => {
    expectNumpyClose(corrcoef(c.rows), c.out);
  });

  it('corrcoef([[1, 2, 3], [3, 2, 0]]) is [1, r, r, 1] with r = -0.9819805060619656', () => {
    expectNumpyClose(
      corrcoef([
        [1, 2, 3],
        [3, 2, 0],
      ]),
      [1, -0.9819805060619656, -0.9819805060619656, 1],
      1e-15,
    );
  });

  it('corrcoef of one row is [1], like np.corrcoef([[1, 2, 3]]) == 1.0', () => {
    expect(Array.from(corrcoef([[1, 2, 3]]))).toEqual([1]);
  });

  it('corrcoef([]) is empty and a row of one observation gives [NaN] (0/0), as in NumPy', () => {
    expect(corrcoef([])).toEqual(new Float64Array(0));
    expect(corrcoef([[4]])[0]).toBeNaN();
    expect(corrcoef([[]])[0]).toBeNaN();
  });

  it('corrcoef with a constant row gives NaN in that row and column only', () => {
    expectNumpyClose(
      corrcoef([
        [1, 2, 3],
        [5, 5, 5],
        [3, 2, 1],
      ]),
      [1, NaN, -1, NaN, NaN, NaN, -1, NaN, 1],
    );
  });

  it('corrcoef with NaN in a row gives NaN in that row and column only', () => {
    expectNumpyClose(
      corrcoef([
        [1, 2, 3],
        [1, NaN, 3],
        [2, 4, 7],
      ]).filter((_, i) => i % 3 !== 1 && i < 3),
      [1, 0.9933992677987828],
      1e-15,
    );
    expect(
      Array.from(
        corrcoef([
          [1, 2],
          [NaN, 1],
        ]),
      ).map(Number.isNaN),
    ).toEqual([false, true, true, true]);
  });

  it('corrcoef keeps 1e9 offsets exact: shifted copies correlate like the originals', () => {
    const a = [0.5, 1.25, -0.75, 2, 0.25];
    const b = [1, 0.5, -1, 1.5, 0];
    const shifted = corrcoef([a.map((v) => v + 1e9), b.map((v) => v + 1e9)]);
    expectNumpyClose(shifted, Array.from(corrcoef([a, b])), 1e-9);
  });

  it('corrcoef rows of different lengths throw a RangeError naming rows', () => {
    expect(() =>
      corrcoef([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow(/\brows\b/);
  });

  it('corrcoef does not mutate its rows and accepts typed arrays and array-likes', () => {
    const a = Float64Array.of(1, 2, 4);
    const b = [4, 2, 1];
    const got = corrcoef([a, b, { length: 3, 0: 1, 1: 2, 2: 4 }]);
    expect(got).toHaveLength(9);
    expect(got[2]).toBe(1);
    expect(Array.from(a)).toEqual([1, 2, 4]);
    expect(b).toEqual([4, 2, 1]);
  });

  it('corrcoef is symmetric with ones on the diagonal and entries in [-1, 1] (property)', () => {
    const row = (m: number) =>
      fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: m, maxLength: m });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 30 })
          .chain((m) => fc.array(row(m), { minLength: 1, maxLength: 5 })),
        (rows) => {
          const k = rows.length;
          const r = corrcoef(rows);
          for (let i = 0; i < k; i++) {
            const constant = rows[i].every((v) => v === rows[i][0]);
            if (!constant) expect(r[i * k + i]).toBeCloseTo(1, 14);
            for (let j = 0; j < k; j++) {
              expect(Object.is(r[i * k + j], r[j * k + i])).toBe(true);
              if (!Number.isNaN(r[i * k + j]))
                expect(Math.abs(r[i * k + j])).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });

  it('corrcoef equals centred dot products over the row norms, bit for bit (property)', () => {
    const row = (m: number) =>
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: m, maxLength: m });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 20 })
          .chain((m) => fc.array(row(m), { minLength: 1, maxLength: 9 })),
        expectCentredDots,
      ),
    );
  });

  it('corrcoef equals centred dot products bit for bit across chunks of observations', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (const k of [3, 4, 6, 9]) {
      expectCentredDots(Array.from({ length: k }, () => Array.from({ length: 1300 }, next)));
    }
  });
});

/** Expects corrcoef(rows) to be the centred dot products over the row norms, bit for bit. */
function expectCentredDots(rows: number[][]): void {
  const k = rows.length;
  const m = rows[0].length;
  const centred = rows.map((r) => {
    const mu = sum(r) / m;
    return r.map((v) => v - mu);
  });
  const dot = (a: number[], b: number[]) => a.reduce((d, v, t) => d + v * b[t], 0);
  const got = corrcoef(rows);
  for (let i = 0; i < k; i++) {
    const sii = dot(centred[i], centred[i]);
    expect(got[i * k + i]).toBe(sii / sii);
    for (let j = 0; j < i; j++) {
      const r =
        dot(centred[i], centred[j]) / Math.sqrt(sii) / Math.sqrt(dot(centred[j], centred[j]));
      expect(got[i * k + j]).toBe(r > 1 ? 1 : r < -1 ? -1 : r);
      expect(got[j * k + i]).toBe(got[i * k + j]);
    }
  }
}
