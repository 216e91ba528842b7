import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../src/io/saved/base64';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('bytesToBase64 and base64ToBytes', () => {
  // RFC 4648 §10's test vectors.
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('bytesToBase64("%s") is "%s", and back', (text, encoded) => {
    const raw = new TextEncoder().encode(text);
    expect(bytesToBase64(raw)).toBe(encoded);
    expect(base64ToBytes(encoded)).toEqual(raw);
  });

  it('round-trips every byte value, across the 24 KiB pieces the fallback encodes one by one', () => {
    const raw = Uint8Array.from({ length: 3 * 8192 * 2 + 7 }, (_, i) => (i * 131 + 7) % 256);
    const encoded = bytesToBase64(raw);
    expect(encoded).toBe(Buffer.from(raw).toString('base64'));
    expect(Buffer.from(base64ToBytes(encoded)!).equals(Buffer.from(raw))).toBe(true);
  });

  it('base64ToBytes ignores whitespace between characters', () => {
    expect(base64ToBytes('Zm9v\nYmFy \r\n')).toEqual(new TextEncoder().encode('foobar'));
  });

  it.each([['Zm9v!'], ['Zm9vY'], ['<script>'], ['Zg==Zg==']])(
    'base64ToBytes(%j) is null: not base64',
    (text) => {
      expect(base64ToBytes(text)).toBeNull();
    },
  );

  it('bytesToBase64 reads a view at its offset, not its whole buffer', () => {
    const view = bytes(0, 1, 2, 3, 4).subarray(1, 4);
    expect(bytesToBase64(view)).toBe(Buffer.from([1, 2, 3]).toString('base64'));
  });
});
