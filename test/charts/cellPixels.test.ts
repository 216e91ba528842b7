import { describe, expect, it } from 'vitest';
import { cellPixels, type CellGrid } from '../../src/charts/cellPixels';

/** Colour = the value itself, so the painted words read back as the grid. */
const identity = (value: number) => (Number.isFinite(value) ? value : 0);

const words = (pixels: Uint8ClampedArray) => [...new Uint32Array(pixels.buffer)];

const grid = (rows: number, columns: number, values: number[]): CellGrid => ({
  rows,
  columns,
  values: Float64Array.from(values),
});

describe('cellPixels', () => {
  it('cellPixels(2 x 3 grid, 6 x 4 px) paints each cell as a 2 x 2 block, row 0 on top', () => {
    const pixels = cellPixels(grid(2, 3, [1, 2, 3, 4, 5, 6]), identity, 6, 4);
    expect(pixels).toHaveLength(6 * 4 * 4);
    expect(words(pixels)).toEqual([
      ...[1, 1, 2, 2, 3, 3],
      ...[1, 1, 2, 2, 3, 3],
      ...[4, 4, 5, 5, 6, 6],
      ...[4, 4, 5, 5, 6, 6],
    ]);
  });

  it('cellPixels(grid, uneven size) splits pixels at the rounded edges, with no gap', () => {
    // Column edges at round(0), round(7/3), round(14/3), 7: 0, 2, 5, 7.
    expect(words(cellPixels(grid(1, 3, [1, 2, 3]), identity, 7, 1))).toEqual([1, 1, 2, 2, 2, 3, 3]);
  });

  it('cellPixels(grid with colStart) makes each column as wide as its share of the total', () => {
    // Columns of 1, 3 and 4 steps of 8 across 8 px: edges 0, 1, 4, 8.
    const uneven = { ...grid(1, 3, [1, 2, 3]), colStart: [0, 1, 4, 8] };
    expect(words(cellPixels(uneven, identity, 8, 1))).toEqual([1, 2, 2, 2, 3, 3, 3, 3]);
  });

  it('cellPixels(grid wider than the image) leaves out cells too thin for a pixel', () => {
    // Edges 0, round(2/3) = 1, round(4/3) = 1, 2: the middle cell gets no pixel.
    expect(words(cellPixels(grid(1, 3, [1, 2, 3]), identity, 2, 1))).toEqual([1, 3]);
  });

  it('cellPixels(grid with NaN) paints what colourOf gives NaN (transparent for colourRamp)', () => {
    expect(words(cellPixels(grid(1, 2, [NaN, 7]), identity, 2, 1))).toEqual([0, 7]);
  });

  it('cellPixels(empty grid or zero size) gives a transparent or empty image', () => {
    expect(words(cellPixels(grid(0, 0, []), identity, 2, 2))).toEqual([0, 0, 0, 0]);
    expect(cellPixels(grid(1, 1, [5]), identity, 0, 3)).toHaveLength(0);
  });
});
