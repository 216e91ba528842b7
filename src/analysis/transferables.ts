/**
 * The distinct ArrayBuffers behind every typed array in a plain result (objects and arrays walked
 * recursively), so a worker can post the result with `Comlink.transfer(result, transferables(result))`
 * instead of copying each series. Two views of one buffer give one entry; SharedArrayBuffers are
 * skipped because they are shared, not transferred. Cycles are followed once.
 * @example transferables({ a: new Float64Array(2), b: [new Uint32Array(1)], n: 3 }).length // 2
 */
export function transferables(result: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
      return;
    }
    if (value instanceof ArrayBuffer) {
      buffers.add(value);
      return;
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(result);
  return [...buffers];
}
