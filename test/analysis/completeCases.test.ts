import { describe, expect, it } from 'vitest';
import { completeCases } from '../../src/analysis/completeCases';

describe('completeCases', () => {
  it('completeCases([[1, NaN, 3], [4, 5, 6]]) keeps rows 0 and 2 of both columns', () => {
    const { columns, dropped } = completeCases([
      [1, NaN, 3],
      [4, 5, 6],
    ]);
    expect(columns.map((c) => Array.from(c))).toEqual([
      [1, 3],
      [4, 6],
    ]);
    expect(dropped).toBe(1);
  });

  it('completeCases drops a row when any column is NaN there, at either end', () => {
    const { columns, dropped } = completeCases([
      [NaN, 1, 2, 3],
      [0, 1, 2, NaN],
      [0, 1, 2, 3],
    ]);
    expect(columns.map((c) => Array.from(c))).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(dropped).toBe(2);
  });

  it('completeCases keeps +-Infinity, which are numbers, not missing samples', () => {
    const { columns, dropped } = completeCases([[Infinity, -Infinity]]);
    expect(Array.from(columns[0])).toEqual([Infinity, -Infinity]);
    expect(dropped).toBe(0);
  });

  it('completeCases([]) and completeCases([[NaN, NaN]]) give no rows', () => {
    expect(completeCases([])).toEqual({ columns: [], dropped: 0 });
    const allNaN = completeCases([[NaN, NaN]]);
    expect(allNaN.columns[0]).toHaveLength(0);
    expect(allNaN.dropped).toBe(2);
  });

  it('completeCases throws a RangeError naming the label when lengths differ', () => {
    expect(() => completeCases([[1, 2], [1]], 'metrics')).toThrow(RangeError);
    expect(() => completeCases([[1, 2], [1]], 'metrics')).toThrow(/metrics/);
  });

  it('completeCases returns fresh Float64Arrays and leaves its inputs alone', () => {
    const x = Float64Array.of(1, 2);
    const y = [NaN, 3];
    const { columns } = completeCases([x, y]);
    expect(columns[0]).not.toBe(x);
    expect(columns[0]).toBeInstanceOf(Float64Array);
    expect(Array.from(x)).toEqual([1, 2]);
    expect(y).toEqual([NaN, 3]);
  });
});
