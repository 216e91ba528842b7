import { describe, expect, it } from 'vitest';
import { sleb, uleb, vector } from '../../src/kernel/wasmWriter';

describe('wasmWriter', () => {
  it.each([
    [0, [0]],
    [127, [0x7f]],
    [128, [0x80, 0x01]],
    [65536, [0x80, 0x80, 0x04]],
  ])('uleb(%i) is the unsigned LEB128 bytes %j', (n, bytes) => {
    expect(uleb(n)).toEqual(bytes);
  });

  it.each([
    [0, [0]],
    [63, [0x3f]],
    [64, [0xc0, 0x00]],
    [-1, [0x7f]],
    [-65, [0xbf, 0x7f]],
  ])('sleb(%i) is the signed LEB128 bytes %j', (n, bytes) => {
    expect(sleb(n)).toEqual(bytes);
  });

  it('vector prefixes the items with their count', () => {
    expect(vector([[1, 2], [3]])).toEqual([2, 1, 2, 3]);
  });
});
