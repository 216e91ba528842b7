import { describe, expect, it } from 'vitest';
import { growingColumns } from '../../../src/io/metrics/growingColumns';

describe('growingColumns', () => {
  it('columns() returns each column of the rows pushed, in order, across chunks', () => {
    const columns = growingColumns(2);
    const rows = 200_000;
    for (let i = 0; i < rows; i++) columns.push(Float64Array.of(i, -i));
    expect(columns.length).toBe(rows);
    const [a, b] = columns.columns();
    expect(a).toHaveLength(rows);
    expect(a[0]).toBe(0);
    expect(a[65_535]).toBe(65_535);
    expect(a[65_536]).toBe(65_536);
    expect(a[rows - 1]).toBe(rows - 1);
    expect(b[rows - 1]).toBe(-(rows - 1));
    expect(a.every((v, i) => v === i)).toBe(true);
  });

  it('keeps NaN and -0 as pushed, and reads only the first `count` cells of a row', () => {
    const columns = growingColumns(1);
    columns.push(Float64Array.of(NaN, 5));
    columns.push(Float64Array.of(-0, 6));
    const [a] = columns.columns();
    expect(Number.isNaN(a[0])).toBe(true);
    expect(Object.is(a[1], -0)).toBe(true);
  });

  it('columns() of nothing pushed are empty', () => {
    expect(growingColumns(3).columns()).toEqual([
      new Float64Array(0),
      new Float64Array(0),
      new Float64Array(0),
    ]);
  });
});
