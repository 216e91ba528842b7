import { describe, expect, it } from 'vitest';
import type { ByteChunk } from '../../../src/io/csv/byteChunks';
import { lineBlocks } from '../../../src/io/csv/lineBlocks';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `pieces` as byte chunks with their running byte count. */
async function* chunksOf(...pieces: string[]): AsyncGenerator<ByteChunk> {
  let bytesRead = 0;
  for (const piece of pieces) {
    const bytes = encoder.encode(piece);
    bytesRead += bytes.byteLength;
    yield { bytes, bytesRead };
  }
}

/** The blocks as [text, bytesRead, last], each copied before the next is asked for. */
async function blocksOf(firstBytes: number, blockBytes: number, ...pieces: string[]) {
  const out: [string, number, boolean][] = [];
  for await (const b of lineBlocks([], chunksOf(...pieces), 10, firstBytes, blockBytes)) {
    out.push([decoder.decode(b.bytes), b.bytesRead, b.last]);
  }
  return out;
}

describe('lineBlocks', () => {
  it('cuts after the first line end at or past the block size, the last block as it ends', async () => {
    expect(await blocksOf(1, 1, 'a\nb', 'b\ncc')).toEqual([
      ['a\n', 3, false],
      ['bb\n', 7, false],
      ['cc', 7, true],
    ]);
    expect(await blocksOf(3, 5, 'a\nbb\nc\ndddd\ne\n')).toEqual([
      ['a\nbb\n', 14, false],
      ['c\ndddd\n', 14, false],
      ['e\n', 14, true],
    ]);
  });

  it('never cuts inside a line longer than a block, however it comes in pieces', async () => {
    const long = 'x'.repeat(5000);
    const blocks = await blocksOf(10, 10, long.slice(0, 1000), long.slice(1000), '\ny\n');
    expect(blocks.map(([text]) => text)).toEqual([`${long}\n`, 'y\n']);
  });

  it('joins and re-cuts any split of the input to the same lines', async () => {
    const text = Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n');
    for (const size of [1, 7, 64, 1000]) {
      const pieces = text.match(new RegExp(`[^]{1,${size}}`, 'g'))!;
      const blocks = await blocksOf(size, 2 * size, ...pieces);
      expect(blocks.map(([t]) => t).join('')).toBe(text);
      expect(blocks.slice(0, -1).every(([t]) => t.endsWith('\n'))).toBe(true);
    }
  });

  it('hands on the pieces already read first, and ends the chunks (their finally runs) when stopped early', async () => {
    let ended = false;
    async function* rest(): AsyncGenerator<ByteChunk> {
      try {
        yield { bytes: encoder.encode('c\nd\n'), bytesRead: 8 };
      } finally {
        ended = true;
      }
    }
    const first = [{ bytes: encoder.encode('a\nb\n'), bytesRead: 4 }];
    const chunks = rest();
    for await (const block of lineBlocks(first, chunks, 10, 1, 1)) {
      expect(decoder.decode(block.bytes)).toBe('a\n');
      break;
    }
    expect(await chunks.next()).toEqual({ done: true, value: undefined });
    const started = rest();
    for await (const block of lineBlocks([], started, 10, 1, 1)) {
      expect(decoder.decode(block.bytes)).toBe('c\n');
      break;
    }
    expect(ended).toBe(true);
  });
});
