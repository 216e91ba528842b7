/** Rows per chunk: 512 KiB per column, so a chunk is cheap to allocate and none is ever copied. */
const CHUNK_ROWS = 1 << 16;

/** Columns of doubles appended a row at a time; see growingColumns. */
export interface GrowingColumns {
  /** Rows appended so far. */
  readonly length: number;
  /** Appends row[0..count) as one value per column. */
  push(row: Float64Array): void;
  /**
   * Each column as one Float64Array of `length` values; called once, at the end: each column's
   * chunks are released as soon as it is joined, so memory peaks at the data plus one column.
   */
  columns(): Float64Array[];
}

/**
 * `count` columns of doubles that grow in chunks of 65,536 rows rather than by doubling one
 * array: nothing is copied as they grow, and joining them at the end needs at most twice the
 * data (a doubled array can need three times).
 * @example const c = growingColumns(2); c.push(Float64Array.of(1, 2)); c.columns() // [[1], [2]]
 */
export function growingColumns(count: number): GrowingColumns {
  const chunk = () => Array.from({ length: count }, () => new Float64Array(CHUNK_ROWS));
  const full: Float64Array[][] = [];
  let current = chunk();
  let offset = 0;
  return {
    get length() {
      return full.length * CHUNK_ROWS + offset;
    },
    push(row) {
      if (offset === CHUNK_ROWS) {
        full.push(current);
        current = chunk();
        offset = 0;
      }
      for (let k = 0; k < count; k++) current[k][offset] = row[k];
      offset++;
    },
    columns() {
      const length = full.length * CHUNK_ROWS + offset;
      const empty = new Float64Array(0);
      return Array.from({ length: count }, (_, k) => {
        const column = new Float64Array(length);
        full.forEach((chunks, i) => {
          column.set(chunks[k], i * CHUNK_ROWS);
          chunks[k] = empty;
        });
        column.set(current[k].subarray(0, offset), full.length * CHUNK_ROWS);
        current[k] = empty;
        return column;
      });
    },
  };
}
