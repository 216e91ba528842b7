/** Rows of the first chunk, so that a small file allocates little; each next chunk doubles. */
const FIRST_CHUNK_ROWS = 1 << 10;
/** Rows per chunk at most: 512 KiB per column, cheap to allocate; no chunk is ever copied. */
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
 * `count` columns of doubles that grow in chunks (1,024 rows, doubling up to 65,536) rather
 * than by doubling one array: nothing is copied as they grow, and joining them at the end needs
 * at most twice the data (a doubled array can need three times).
 * @example const c = growingColumns(2); c.push(Float64Array.of(1, 2)); c.columns() // [[1], [2]]
 */
export function growingColumns(count: number): GrowingColumns {
  const chunk = (rows: number) => Array.from({ length: count }, () => new Float64Array(rows));
  /** Full chunks, each with the row it starts at. */
  const full: { start: number; columns: Float64Array[] }[] = [];
  let current = chunk(FIRST_CHUNK_ROWS);
  let start = 0;
  let offset = 0;
  return {
    get length() {
      return start + offset;
    },
    push(row) {
      if (offset === current[0].length) {
        full.push({ start, columns: current });
        start += offset;
        current = chunk(Math.min(offset * 2, CHUNK_ROWS));
        offset = 0;
      }
      for (let k = 0; k < count; k++) current[k][offset] = row[k];
      offset++;
    },
    columns() {
      const empty = new Float64Array(0);
      return Array.from({ length: count }, (_, k) => {
        const column = new Float64Array(start + offset);
        for (const done of full) {
          column.set(done.columns[k], done.start);
          done.columns[k] = empty;
        }
        column.set(current[k].subarray(0, offset), start);
        current[k] = empty;
        return column;
      });
    },
  };
}
