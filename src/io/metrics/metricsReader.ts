import type { RowBatch } from '../csv/csvParser';
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

/** Turns the rows of one layout into a dataset, batch by batch, logging the rows it leaves out. */
export interface MetricsReader {
  /** Reads rows[from...] of `batch`. */
  add(batch: RowBatch, from: number): void;
  finish(): ReaderResult;
}
