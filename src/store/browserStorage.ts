/**
 * The page's localStorage, or null where there is none (Node) or the browser refuses it (privacy
 * settings, some file:// pages).
 */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The text kept under `key` in this browser, or null when there is none or storage is refused. */
export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps `value` under `key` in this browser; says whether it was kept (false when storage is
 * full or refused, so the setting applies to this page only).
 */
export function writeStored(key: string, value: string | null): boolean {
  try {
    const kept = storage();
    if (!kept) return false;
    if (value === null) kept.removeItem(key);
    else kept.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
