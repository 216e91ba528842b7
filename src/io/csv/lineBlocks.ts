import { nextTask } from '../nextTask';
import type { ByteChunk } from './byteChunks';

/** Bytes of the input that end with a line end, except the input's last block. */
export interface LineBlock extends ByteChunk {
  /** True for the input's last block, which may end without a line end. */
  last: boolean;
}

/** Size a block grows to before it is cut: ~1 MiB, so per-block costs stay small. */
export const BLOCK_BYTES = 1 << 20;

/**
 * Joins `first` (pieces already read) and the rest of `chunks` into blocks that end right after
 * a `newline` byte (10 or 13): the first block takes `firstBytes` or more, cut after the first
 * line end from there, and each later block `blockBytes` or more (a block never ends inside a
 * line, but the last). The bytes of a block are valid only until the next is asked for: they live
 * in one buffer that is reused. Between blocks it yields to the event loop, so a Cancel sent
 * meanwhile is seen. Ending the iteration early ends `chunks` too.
 * @example lineBlocks([], chunksOf('a\nb\nc'), 10, 1, 1) // blocks 'a\n', 'b\n', then 'c' (last)
 */
export async function* lineBlocks(
  first: readonly ByteChunk[],
  chunks: AsyncIterator<ByteChunk>,
  newline: number,
  firstBytes: number,
  blockBytes = BLOCK_BYTES,
): AsyncGenerator<LineBlock> {
  // Grown as needed (to about two blocks): a small file never allocates a large buffer.
  let buffer = new Uint8Array(1 << 16);
  /** The bytes not yet handed on are buffer[from, length). */
  let from = 0;
  let length = 0;
  let bytesRead = 0;
  const append = ({ bytes, bytesRead: read }: ByteChunk) => {
    if (length + bytes.byteLength > buffer.byteLength) {
      buffer.copyWithin(0, from, length);
      length -= from;
      searched -= from;
      from = 0;
    }
    if (length + bytes.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(Math.max(buffer.byteLength * 2, length + bytes.byteLength));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(bytes, length);
    length += bytes.byteLength;
    bytesRead = read;
  };
  /** buffer[from, searched) holds no line end past the block's target size. */
  let searched = 0;
  for (const chunk of first) append(chunk);
  let target = Math.max(firstBytes, 1);
  try {
    for (;;) {
      const start = Math.max(from + target - 1, searched);
      const found = start < length ? buffer.subarray(start, length).indexOf(newline) : -1;
      if (found < 0) {
        searched = Math.max(length, start);
        const next = await chunks.next();
        if (next.done) break;
        append(next.value);
        continue;
      }
      const cut = start + found + 1;
      yield { bytes: buffer.subarray(from, cut), bytesRead, last: false };
      from = cut;
      searched = cut;
      target = blockBytes;
      await nextTask();
    }
    yield { bytes: buffer.subarray(from, length), bytesRead, last: true };
  } finally {
    await chunks.return?.(undefined);
  }
}
