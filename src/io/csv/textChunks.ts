import { nextTask } from '../nextTask';
import { utf8Length } from './utf8Length';

/** A piece of decoded text and how many bytes of the input have been read up to its end. */
export interface TextChunk {
  text: string;
  bytesRead: number;
}

/**
 * Size of the chunks handed on: big enough to make per-chunk costs small, small enough to bound
 * memory and give progress often. Strings are cut by characters, Blobs by bytes.
 */
const CHUNK_CHARS = 1 << 20;
const CHUNK_BYTES = 1 << 20;

async function* blobChunks(blob: Blob): AsyncGenerator<TextChunk> {
  // TextDecoder with {stream: true} is what TextDecoderStream wraps; calling it directly keeps
  // the byte count of every chunk. UTF-8, BOM removed, invalid bytes become U+FFFD. A stream's
  // chunks may be tiny or the whole file (Node gives one), so they are cut and joined to ~1 MiB.
  const decoder = new TextDecoder('utf-8');
  const reader = blob.stream().getReader();
  let bytesRead = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let at = 0; at < value.byteLength; at += CHUNK_BYTES) {
        const part = value.subarray(at, at + CHUNK_BYTES);
        bytesRead += part.byteLength;
        text += decoder.decode(part, { stream: true });
        if (text.length >= CHUNK_CHARS) {
          yield { text, bytesRead };
          text = '';
        }
      }
    }
    text += decoder.decode();
    if (text !== '') yield { text, bytesRead };
  } finally {
    await reader.cancel();
  }
}

function* stringChunks(text: string): Generator<TextChunk> {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let bytesRead = start === 1 ? 3 : 0;
  for (let i = start; i < text.length;) {
    let end = Math.min(i + CHUNK_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    // Never split a surrogate pair: each half alone would count (and decode) as U+FFFD.
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    const piece = text.slice(i, end);
    bytesRead += utf8Length(piece);
    yield { text: piece, bytesRead };
    i = end;
  }
}

/**
 * The input as decoded text, chunk by chunk, never as one big string: a Blob is streamed
 * (blob.stream()) and decoded as UTF-8 in pieces of about 1 MiB; a string is cut into pieces of
 * 1 Mi characters. A leading byte-order mark is dropped (its 3 bytes still count in bytesRead).
 * Between chunks it yields to the event loop, so a Cancel sent meanwhile is seen.
 * Ending the iteration early cancels the Blob's stream.
 */
export async function* textChunks(input: Blob | string): AsyncGenerator<TextChunk> {
  const chunks = typeof input === 'string' ? stringChunks(input) : blobChunks(input);
  for await (const chunk of chunks) {
    yield chunk;
    await nextTask();
  }
}
