/** Every cache lastResult made, for forgetLastResults. */
const caches = new Set<{ clear(): void }>();

/** A one-entry cache of a result, made by lastResult. */
export interface LastResult<K, V> {
  /**
   * The result kept for `key` when the last one was made for the same key (`same`), else
   * make(previous) with the result kept until now (null if none), which it may reuse (its buffers).
   * The old result is dropped before make runs, so a make that throws leaves nothing kept.
   */
  get(key: K, make: (previous: V | null) => V): V;
}

/**
 * A one-entry cache: an analysis keeps its last result so that a slider move that leaves its
 * inputs as they were re-reads it instead of computing it again. Keys are compared with `same`
 * (inputs by identity: resident data is never written to). forgetLastResults empties it.
 */
export function lastResult<K, V>(same: (kept: K, key: K) => boolean): LastResult<K, V> {
  let entry: { key: K; value: V } | null = null;
  caches.add({ clear: () => (entry = null) });
  return {
    get(key, make) {
      if (entry && same(entry.key, key)) return entry.value;
      const previous = entry?.value ?? null;
      entry = null;
      const value = make(previous);
      entry = { key, value };
      return value;
    },
  };
}

/** lastResult's `same` for keys that are tuples of inputs: every part the same (===). */
export const sameParts = (kept: readonly unknown[], key: readonly unknown[]): boolean =>
  kept.length === key.length && kept.every((part, i) => part === key[i]);

/**
 * Empties every lastResult cache: when the data set changes, so that no cache keeps the old one's
 * arrays alive (or could answer for them).
 */
export function forgetLastResults(): void {
  for (const cache of caches) cache.clear();
}
