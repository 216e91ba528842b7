import type { RowSink } from '../csv/rowSink';
import type { Dataset } from '../dataset';

/** What a reader made of the rows it was given. */
export type ReaderResult =
  | {
      ok: true;
      dataset: Dataset;
      rowsRead: number;
      resorted: boolean;
      duplicateTimestamps: number;
      /** What was left out or interpreted, one sentence each (see ReadReport.notes). */
      notes?: string[];
    }
  | { ok: false; reason: string };

/**
 * Turns the rows of one layout into a dataset, batch by batch (add reads rows[from...] of a
 * batch), logging the rows it leaves out; a reader with a fast path reads plain lines straight
 * from their bytes (see RowSink).
 */
export interface MetricsReader extends RowSink {
  finish(): ReaderResult;
}
