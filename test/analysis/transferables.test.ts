import { describe, expect, it } from 'vitest';
import { transferables } from '../../src/analysis/transferables';

describe('transferables', () => {
  it('transferables(result) returns the buffer of every typed array, nested in objects and arrays', () => {
    const a = new Float64Array(3);
    const b = new Uint32Array(2);
    const c = new Float64Array(1);
    const found = transferables({ a, n: 4, label: 'x', nested: { list: [b, { c }] }, none: null });
    expect(new Set(found)).toEqual(new Set([a.buffer, b.buffer, c.buffer]));
    expect(found).toHaveLength(3);
  });

  it('transferables(result) lists a buffer shared by two views once', () => {
    const whole = new Float64Array(8);
    const found = transferables({ head: whole.subarray(0, 4), tail: whole.subarray(4), whole });
    expect(found).toEqual([whole.buffer]);
  });

  it('transferables(result) skips SharedArrayBuffer views, which cannot be transferred', () => {
    const shared = new Float64Array(new SharedArrayBuffer(16));
    expect(transferables({ shared })).toEqual([]);
  });

  it('transferables(result) includes a bare ArrayBuffer and survives a cycle', () => {
    const raw = new ArrayBuffer(8);
    const loop: { self?: unknown; raw: ArrayBuffer } = { raw };
    loop.self = loop;
    expect(transferables(loop)).toEqual([raw]);
  });

  it('transferables(value) returns [] for primitives and objects without typed arrays', () => {
    expect(transferables(3)).toEqual([]);
    expect(transferables(null)).toEqual([]);
    expect(transferables({ a: [1, 2], b: { c: 'd' } })).toEqual([]);
  });
});
