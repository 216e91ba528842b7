/** A piece of the input as UTF-8 bytes and how many bytes of the input have been read up to its end. */
export interface ByteChunk {
  bytes: Uint8Array;
  bytesRead: number;
}

/**
 * Largest piece handed on: a stream's chunks may be tiny or the whole file (Node gives one for an
 * in-memory Blob), and a small first piece keeps the part read before the layout is known small.
 */
const PIECE_BYTES = 1 << 16;
const PIECE_CHARS = 1 << 16;

async function* blobChunks(blob: Blob): AsyncGenerator<ByteChunk> {
  const reader = blob.stream().getReader();
  let bytesRead = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let at = 0; at < value.byteLength; at += PIECE_BYTES) {
        const bytes = value.subarray(at, at + PIECE_BYTES);
        bytesRead += bytes.byteLength;
        yield { bytes, bytesRead };
      }
    }
  } finally {
    await reader.cancel();
  }
}

async function* stringChunks(text: string): AsyncGenerator<ByteChunk> {
  const encoder = new TextEncoder();
  let bytesRead = 0;
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + PIECE_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    // Never split a surrogate pair: each half alone would encode as U+FFFD.
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    const bytes = encoder.encode(text.slice(i, end));
    bytesRead += bytes.byteLength;
    yield { bytes, bytesRead };
    i = end;
  }
}

/**
 * The input as UTF-8 bytes in pieces of at most 64 KiB, never whole: a Blob is streamed
 * (blob.stream()), a string is encoded 64 Ki characters at a time (a lone surrogate becomes
 * U+FFFD, as in a Blob made from the string). Nothing is decoded or removed: a byte-order mark
 * is still there. Ending the iteration early cancels the Blob's stream.
 */
export function byteChunks(input: Blob | string): AsyncGenerator<ByteChunk> {
  return typeof input === 'string' ? stringChunks(input) : blobChunks(input);
}
