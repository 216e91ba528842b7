import { describe, expect, it } from 'vitest';
import { readCell } from '../../../src/io/metrics/readCell';

describe('readCell', () => {
  it('writes a plain number, or NaN for a missing token, and leaves the unit unset', () => {
    const out = new Float64Array(2);
    const units = [''];
    expect(readCell('4.5', units, 0, out, 0)).toBe(true);
    expect(readCell('null', units, 0, out, 1)).toBe(true);
    expect([...out]).toEqual([4.5, NaN]);
    expect(units).toEqual(['']);
  });

  it('converts a quantity to its base unit and records that unit for the series', () => {
    const out = new Float64Array(1);
    const units = ['', ''];
    expect(readCell('1.5 kB', units, 1, out, 0)).toBe(true);
    expect(out[0]).toBe(1500);
    expect(units).toEqual(['', 'B']);
  });

  it('accepts later cells in any prefix of the same base unit, and plain numbers', () => {
    const out = new Float64Array(3);
    const units = ['s'];
    expect(readCell('950 ms', units, 0, out, 0)).toBe(true);
    expect(readCell('1.2 s', units, 0, out, 1)).toBe(true);
    expect(readCell('3', units, 0, out, 2)).toBe(true);
    expect([...out]).toEqual([0.95, 1.2, 3]);
  });

  it('refuses a cell whose base unit differs from the series one, leaving out untouched', () => {
    const out = Float64Array.of(7);
    expect(readCell('5 GB', ['%'], 0, out, 0)).toBe(false);
    expect(out[0]).toBe(7);
  });

  it('refuses text that is not a number', () => {
    expect(readCell('error', [''], 0, new Float64Array(1), 0)).toBe(false);
  });
});
