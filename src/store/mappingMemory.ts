import type { FileReadOptions } from '../worker/api';
import { readStored, writeStored } from './browserStorage';

/** The column-mapping choices kept for files with the same first line. */
export type RememberedMapping = Pick<
  FileReadOptions,
  'delimiter' | 'header' | 'columns' | 'units' | 'sampling'
>;

const KEY_PREFIX = 'metricscope.mapping:';

/**
 * The mapping chosen last time for files whose first line (their header) is `firstLine`, or
 * null when there is none (or what is stored cannot be read).
 */
export function recallMapping(firstLine: string): RememberedMapping | null {
  const stored = readStored(KEY_PREFIX + firstLine);
  try {
    return stored ? (JSON.parse(stored) as RememberedMapping) : null;
  } catch {
    return null;
  }
}

/** Keeps `mapping` for the next file whose first line is `firstLine` (in this browser only). */
export function rememberMapping(firstLine: string, mapping: RememberedMapping): void {
  writeStored(KEY_PREFIX + firstLine, JSON.stringify(mapping));
}

/** Forgets the mapping kept for files whose first line is `firstLine`. */
export function forgetMapping(firstLine: string): void {
  writeStored(KEY_PREFIX + firstLine, null);
}
