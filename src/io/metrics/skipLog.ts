import type { RowBatch } from '../csv/csvParser';
import type { SkipReason, SkippedRows } from '../readReport';

const REASONS: readonly SkipReason[] = ['field-count', 'non-numeric', 'bad-timestamp'];
const MAX_EXAMPLES = 5;
const MAX_TEXT = 200;

/** Collects the rows a reader leaves out, keeping the first five of each reason as examples. */
export interface SkipLog {
  /** Records that row i of `batch` was left out for `reason`. */
  skip(reason: SkipReason, batch: RowBatch, i: number): void;
  /** Rows left out so far. */
  readonly count: number;
  /** One entry per reason that occurred, in the order field-count, non-numeric, bad-timestamp. */
  entries(): SkippedRows[];
}

/** A fresh SkipLog. The text of a row is looked up only while it is among the first five. */
export function skipLog(): SkipLog {
  const byReason = new Map<SkipReason, SkippedRows>(
    REASONS.map((reason) => [reason, { reason, count: 0, examples: [] }]),
  );
  let count = 0;
  return {
    skip(reason, batch, i) {
      const entry = byReason.get(reason)!;
      entry.count++;
      count++;
      if (entry.examples.length < MAX_EXAMPLES) {
        entry.examples.push({ line: batch.lines[i], text: batch.rawText(i).slice(0, MAX_TEXT) });
      }
    },
    get count() {
      return count;
    },
    entries: () =>
      [...byReason.values()]
        .filter((entry) => entry.count > 0)
        .map((entry) => ({ ...entry, examples: [...entry.examples] })),
  };
}

/** Records in `log` that line `line` (1-based), whose text is `text`, was left out for `reason`. */
export function skipLine(log: SkipLog, reason: SkipReason, line: number, text: string): void {
  log.skip(reason, { rows: [], lines: [line], rawText: () => text }, 0);
}
