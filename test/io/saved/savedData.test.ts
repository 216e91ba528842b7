import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../src/io/saved/base64';
import { decodeSavedData, encodeSavedData } from '../../../src/io/saved/savedData';

const MB = 1_000_000;

/** Encodes and expects success. */
async function encoded(header: Record<string, unknown>, parts: Blob[], max = 10 * MB) {
  const outcome = await encodeSavedData(header, parts, max);
  if (!outcome.ok) throw new Error(`not encoded: ${JSON.stringify(outcome)}`);
  return outcome;
}

/** The base64 of gzip(uint32 LE length | header text | rest), written by hand; the length may lie. */
function handMade(headerText: string, rest = '', declaredLength?: number): string {
  const header = Buffer.from(headerText);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(declaredLength ?? header.length);
  return bytesToBase64(gzipSync(Buffer.concat([length, header, Buffer.from(rest)])));
}

describe('encodeSavedData and decodeSavedData', () => {
  it('round-trip a header and parts (text, binary, empty) exactly, the parts in order', async () => {
    const binary = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    const parts = [new Blob(['timestamp,cpu\n2024-01-01,1.5\n']), new Blob([binary]), new Blob([])];
    const { base64 } = await encoded({ kind: 'files', name: 'a€.csv' }, parts);
    const decoded = await decodeSavedData(base64, 10 * MB);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.header).toEqual({ kind: 'files', name: 'a€.csv', parts: [29, 1000, 0] });
    expect(await decoded.parts[0].text()).toBe('timestamp,cpu\n2024-01-01,1.5\n');
    expect(new Uint8Array(await decoded.parts[1].arrayBuffer())).toEqual(binary);
    expect(decoded.parts[2].size).toBe(0);
  });

  it('compress: 1 MB of CSV-like text takes a small fraction of its size, in gzip (decodable by zlib)', async () => {
    const rows = Array.from(
      { length: 25_000 },
      (_, i) => `2024-01-01T00:${i % 60}:00Z,${i % 97}.5`,
    );
    const text = rows.join('\n');
    const outcome = await encoded({}, [new Blob([text])]);
    expect(outcome.rawBytes).toBeGreaterThan(text.length);
    expect(outcome.compressedBytes).toBeLessThan(text.length / 5);
    expect(Buffer.from(outcome.base64, 'base64').subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it('encodeSavedData refuses once the compressed output passes the limit, naming the limit', async () => {
    // xorshift32: bytes gzip cannot shrink.
    let state = 2463534242;
    const noise = Uint8Array.from({ length: 200_000 }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state & 0xff;
    });
    expect(await encodeSavedData({}, [new Blob([noise])], 50_000)).toEqual({
      ok: false,
      reason: 'too-large',
      limitBytes: 50_000,
    });
  });

  it('encodeSavedData says when a part cannot be read, and does not throw', async () => {
    const broken = new Blob(['x']);
    Object.defineProperty(broken, 'stream', {
      value: () =>
        new ReadableStream({ pull: (controller) => controller.error(new Error('file moved')) }),
    });
    expect(await encodeSavedData({}, [new Blob(['a']), broken], MB)).toEqual({
      ok: false,
      reason: 'unreadable',
      message: 'file moved',
    });
  });

  it.each([
    ['not base64', 'not base64!', 'The saved data is damaged: it is not base64.'],
    ['empty', '', 'The saved data is damaged: it is not base64.'],
    [
      'not gzip',
      bytesToBase64(new TextEncoder().encode('plain text')),
      /^The saved data is damaged: /,
    ],
    [
      'cut short',
      bytesToBase64(gzipSync(Buffer.from([1, 0]))),
      'The saved data is damaged: it is cut short.',
    ],
    [
      'a header longer than the data',
      handMade('{"parts":[]}', '', 1000),
      'The saved data is damaged: it is cut short.',
    ],
    [
      'a header that is not JSON',
      handMade('{parts'),
      'The saved data is damaged: its header is not JSON.',
    ],
    [
      'parts that do not add up',
      handMade('{"parts":[5]}', 'abc'),
      'The saved data is damaged: its parts do not add up.',
    ],
    [
      'parts that are not sizes',
      handMade('{"parts":[-1]}'),
      'The saved data is damaged: its parts do not add up.',
    ],
    ['no parts list', handMade('[]'), 'The saved data is damaged: its parts do not add up.'],
  ])('decodeSavedData of %s says why, without throwing', async (_, base64, reason) => {
    const decoded = await decodeSavedData(base64, MB);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });

  it('decodeSavedData stops a decompression bomb at its limit', async () => {
    const bomb = bytesToBase64(gzipSync(Buffer.alloc(20 * MB)));
    expect(bomb.length).toBeLessThan(100_000);
    const decoded = await decodeSavedData(bomb, MB);
    expect(decoded).toEqual({
      ok: false,
      reason: `The saved data is damaged: it decompresses to more than ${MB} bytes.`,
    });
  });
});
