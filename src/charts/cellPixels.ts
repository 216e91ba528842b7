import type { PackedColour } from './colourRamp';

/** A rows x columns grid of values, row-major: row r, column c at values[r * columns + c]. */
export interface CellGrid {
  readonly rows: number;
  readonly columns: number;
  readonly values: Float64Array;
  /**
   * Where each column starts on a finer scale (e.g. the farm's steps), columns + 1 entries ending
   * with the total: column c is then colStart[c + 1] - colStart[c] parts of it wide. Without it,
   * columns are equally wide.
   */
  readonly colStart?: ArrayLike<number>;
}

/**
 * Where each of k bands starts across `pixels`, and where the last ends: k + 1 rounded edges,
 * band i spanning starts[i]..starts[i + 1] of starts[k] (equal bands without `starts`).
 */
function edges(k: number, pixels: number, starts?: ArrayLike<number>): Uint32Array {
  const at = starts ? (i: number) => starts[i] / starts[k] : (i: number) => i / k;
  return Uint32Array.from({ length: k + 1 }, (_, i) => Math.round(at(i) * pixels));
}

/**
 * The grid painted as a width x height RGBA image (ImageData's layout): cell (r, c) is a solid block
 * of colourOf(value) over pixel columns round(c * width / columns) up to round((c + 1) * width /
 * columns) (in proportion to colStart when the grid has it), and likewise for rows, so blocks abut
 * with no gap and no blending. A cell too thin to get a pixel is not painted. An empty grid or a
 * zero size gives a transparent (or empty) image.
 */
export function cellPixels(
  grid: CellGrid,
  colourOf: (value: number) => PackedColour,
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(width * height * 4);
  const { rows, columns, values } = grid;
  if (rows === 0 || columns === 0) return pixels;
  const words = new Uint32Array(pixels.buffer);
  const x = edges(columns, width, grid.colStart);
  const y = edges(rows, height);
  for (let r = 0; r < rows; r++) {
    if (y[r + 1] === y[r]) continue;
    const first = y[r] * width;
    for (let c = 0; c < columns; c++) {
      words.fill(colourOf(values[r * columns + c]), first + x[c], first + x[c + 1]);
    }
    for (let line = y[r] + 1; line < y[r + 1]; line++) {
      words.copyWithin(line * width, first, first + width);
    }
  }
  return pixels;
}
