import { describe, expect, it } from 'vitest';
import { greater } from '../../src/kernel/greater';
import { multiply } from '../../src/kernel/multiply';
import { where } from '../../src/kernel/where';
import { elementwiseCases, expectNumpyOutcome, inputs } from '../helpers/kernelFixtures';

describe('where', () => {
  it.each(elementwiseCases('where'))('%s matches NumPy', (_, c) => {
    const x = inputs[c.input];
    const b = c.b === 'reversed' ? [...x].reverse() : c.b!;
    expectNumpyOutcome(() => where(c.cond!, x, b), c);
  });

  it('where([1, 0, NaN], [1, 2, 3], 0) takes a where nonzero, and NaN counts as nonzero', () => {
    expect(Array.from(where([1, 0, NaN], [1, 2, 3], 0))).toEqual([1, 0, 3]);
  });

  it('where accepts boolean conditions and scalar a and b', () => {
    expect(Array.from(where([true, false, true], -1, 1))).toEqual([-1, 1, -1]);
  });

  it('where broadcasts length-1 operands like NumPy', () => {
    expect(Array.from(where([1, 0, 1], [5], [1, 2, 3]))).toEqual([5, 2, 5]);
    expect(Array.from(where([0], [5, 6], [1, 2]))).toEqual([1, 2]);
    expect(Array.from(where([], 5, [1]))).toEqual([]);
  });

  it('where passes NaN and ±Infinity through from the chosen side', () => {
    expect(Array.from(where([1, 0, -0], [NaN, 0, 0], [0, Infinity, -Infinity]))).toEqual([
      NaN,
      Infinity,
      -Infinity,
    ]);
  });

  it('where throws RangeError when lengths do not broadcast', () => {
    expect(() => where([1, 0, 1], [1, 2], 0)).toThrow(/lengths 3, 2 do not broadcast/);
    expect(() => where([1], [5, 6], [1, 2, 3])).toThrow(RangeError);
  });

  it('where does not mutate its inputs and returns a fresh Float64Array', () => {
    const a = Float64Array.of(1, 2);
    const b = [3, 4];
    const out = where([0, 1], a, b);
    expect(out).not.toBe(a);
    expect(Array.from(out)).toEqual([3, 2]);
    expect(Array.from(a)).toEqual([1, 2]);
    expect(b).toEqual([3, 4]);
  });

  it('where(mask, a, b, out) with a Uint8Array mask writes into out and returns it', () => {
    const out = new Float64Array(3);
    const a = Float64Array.of(1, 2, 3);
    const b = Float64Array.of(-1, -2, -3);
    expect(where(Uint8Array.of(1, 0, 1), a, b, out)).toBe(out);
    expect(out).toEqual(Float64Array.of(1, -2, 3));
  });

  it('where(cond, a, b, a) may write over a, as x * 1.1 in place would', () => {
    const a = Float64Array.of(1, 2, 3);
    expect(where([0, 1, 0], a, 0, a)).toBe(a);
    expect(a).toEqual(Float64Array.of(0, 2, 0));
  });

  it('where(cond, a, b, out) throws RangeError when out has another length', () => {
    expect(() => where([1, 0], 1, 2, new Float64Array(3))).toThrow(/out has length 3/);
  });

  it('where(x > 50, x * 1.1, x * 0.9) with the kernel’s greater and multiply into outs is NumPy’s', () => {
    const x = Float64Array.of(49, 50, 51, NaN, Infinity);
    const [mask, up, down] = [new Uint8Array(5), new Float64Array(5), new Float64Array(5)];
    const out = where(greater(x, 50, mask), multiply(x, 1.1, up), multiply(x, 0.9, down), down);
    expect(Array.from(out)).toEqual([49 * 0.9, 50 * 0.9, 51 * 1.1, NaN, Infinity]);
  });

  it('a Uint8Array mask chooses bit for bit at every length, past chunk edges, in place or not', () => {
    const bits = (x: Float64Array) =>
      Array.from(new BigUint64Array(x.buffer, x.byteOffset, x.length));
    const payloadNaN = new Float64Array(new BigUint64Array([0x7ff8dead00000001n]).buffer)[0];
    const special = [-0, 0, payloadNaN, Infinity, -Infinity, 5e-324];
    for (const n of [0, 1, 7, 8, 9, 63, 8192, 8199, 20_003]) {
      const mask = Uint8Array.from({ length: n }, (_, i) => [0, 1, 2, 255][(i * 7919) % 4]);
      const a = Float64Array.from({ length: n }, (_, i) => (i % 3 ? i * 1.5 : special[i % 6]));
      const b = Float64Array.from({ length: n }, (_, i) => (i % 2 ? -i : special[(i + 1) % 6]));
      const expected = Float64Array.from({ length: n }, (_, i) => (mask[i] !== 0 ? a[i] : b[i]));
      expect(bits(where(mask, a, b))).toEqual(bits(expected));
      expect(bits(where(mask, a, b, b))).toEqual(bits(expected));
    }
  });
});
