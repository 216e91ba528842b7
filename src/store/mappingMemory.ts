import type { FileReadOptions } from '../worker/api';

/** The column-mapping choices kept for files with the same first line. */
export type RememberedMapping = Pick<
  FileReadOptions,
  'delimiter' | 'header' | 'columns' | 'units' | 'sampling'
>;

const KEY_PREFIX = 'metricscope.mapping:';

/** localStorage, or null where there is none or the browser refuses it (privacy settings). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The mapping chosen last time for files whose first line (their header) is `firstLine`, or
 * null when there is none (or what is stored cannot be read).
 */
export function recallMapping(firstLine: string): RememberedMapping | null {
  try {
    const stored = storage()?.getItem(KEY_PREFIX + firstLine);
    return stored ? (JSON.parse(stored) as RememberedMapping) : null;
  } catch {
    return null;
  }
}

/** Keeps `mapping` for the next file whose first line is `firstLine` (in this browser only). */
export function rememberMapping(firstLine: string, mapping: RememberedMapping): void {
  try {
    storage()?.setItem(KEY_PREFIX + firstLine, JSON.stringify(mapping));
  } catch {
    // Storage full or refused: the mapping applies to this load only.
  }
}

/** Forgets the mapping kept for files whose first line is `firstLine`. */
export function forgetMapping(firstLine: string): void {
  try {
    storage()?.removeItem(KEY_PREFIX + firstLine);
  } catch {
    // Nothing was kept.
  }
}
