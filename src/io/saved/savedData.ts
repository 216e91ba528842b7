import { errorMessage } from '../errorMessage';
import { base64ToBytes, bytesToBase64 } from './base64';

/**
 * The data a saved dashboard embeds: a JSON header (what the parts are) and the parts' bytes, one
 * after another, the whole gzip-compressed and in base64:
 *
 *   gzip( uint32 LE header length | header as UTF-8 JSON | part 0 | part 1 | ... ) -> base64
 *
 * The header lists each part's byte length under `parts`, so the parts are cut apart without a
 * separator. gzip through the browser's CompressionStream, which runs off the page's JavaScript.
 */
export interface SavedData<H> {
  header: H;
  parts: Blob[];
}

/** What encodeSavedData answers: the base64 text and its compressed size, or why there is none. */
export type EncodeOutcome =
  | { ok: true; base64: string; compressedBytes: number; rawBytes: number }
  | { ok: false; reason: 'too-large'; limitBytes: number }
  | { ok: false; reason: 'unreadable'; message: string };

/** What decodeSavedData answers: the header and parts, or one sentence saying why there are none. */
export type DecodeOutcome =
  { ok: true; header: unknown; parts: Blob[] } | { ok: false; reason: string };

/** The header as written: the caller's fields and each part's length in bytes. */
type WrittenHeader = Record<string, unknown> & { parts: number[] };

/** A uint32 LE of `n`. */
function uint32(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n, true);
  return bytes;
}

/** `head`, then each part's bytes as its own stream gives them: a part's read error ends the stream. */
function concatenated(
  head: Uint8Array<ArrayBuffer>,
  parts: readonly Blob[],
): ReadableStream<Uint8Array<ArrayBuffer>> {
  let index = -1;
  let reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>> | null = null;
  return new ReadableStream({
    async pull(controller) {
      if (index < 0) {
        index = 0;
        controller.enqueue(head);
        return;
      }
      while (index < parts.length) {
        reader ??= parts[index].stream().getReader();
        const { done, value } = await reader.read();
        if (!done) {
          controller.enqueue(value);
          return;
        }
        reader = null;
        index++;
      }
      controller.close();
    },
    cancel: (reason) => reader?.cancel(reason),
  });
}

/** Reads `stream` to the end, as chunks; stops and answers null once more than `limit` bytes came. */
async function collect(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  limit: number,
): Promise<{ chunks: Uint8Array<ArrayBuffer>[]; bytes: number } | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, bytes };
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/** `chunks` joined into one array. */
function concat(chunks: readonly Uint8Array[], bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * `header` (JSON-serialisable; its `parts` field is written by this function) and `parts` as the
 * base64 text a saved dashboard embeds (see SavedData). Streams: a File part is read as it is
 * compressed, never held whole, and compression stops as soon as the output passes
 * `maxCompressedBytes` (reason 'too-large'). A part that cannot be read (a file moved since it was
 * opened) gives reason 'unreadable' with the browser's message. Never throws.
 * @example (await encodeSavedData({ v: 1 }, [new Blob(['a'])], 1e6)).ok // true
 */
export async function encodeSavedData(
  header: Record<string, unknown>,
  parts: readonly Blob[],
  maxCompressedBytes: number,
): Promise<EncodeOutcome> {
  const written: WrittenHeader = { ...header, parts: parts.map((part) => part.size) };
  const headerBytes = new TextEncoder().encode(JSON.stringify(written));
  const head = new Uint8Array(4 + headerBytes.byteLength);
  head.set(uint32(headerBytes.byteLength));
  head.set(headerBytes, 4);
  const rawBytes = parts.reduce((total, part) => total + part.size, head.byteLength);
  try {
    const compressed = await collect(
      concatenated(head, parts).pipeThrough(new CompressionStream('gzip')),
      maxCompressedBytes,
    );
    if (compressed === null) {
      return { ok: false, reason: 'too-large', limitBytes: maxCompressedBytes };
    }
    return {
      ok: true,
      base64: bytesToBase64(concat(compressed.chunks, compressed.bytes)),
      compressedBytes: compressed.bytes,
      rawBytes,
    };
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: errorMessage(error) };
  }
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const DAMAGED = 'The saved data is damaged';

/**
 * The header and parts of base64 text written by encodeSavedData, or why it cannot be read
 * (not base64, not gzip, cut short, a header that is not JSON or whose part lengths do not add up,
 * or more than `maxBytes` once decompressed: a crafted file cannot make the page allocate more).
 * Parts are slices of one Blob of the decompressed bytes. Never throws.
 * @example (await decodeSavedData('not base64!', 1e9)).ok // false
 */
export async function decodeSavedData(base64: string, maxBytes: number): Promise<DecodeOutcome> {
  const bytes = base64ToBytes(base64);
  if (bytes === null || bytes.byteLength === 0)
    return { ok: false, reason: `${DAMAGED}: it is not base64.` };
  let collected: { chunks: Uint8Array<ArrayBuffer>[]; bytes: number } | null;
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    collected = await collect(stream, maxBytes);
  } catch (error) {
    return { ok: false, reason: `${DAMAGED}: ${errorMessage(error)}.` };
  }
  if (collected === null) {
    return { ok: false, reason: `${DAMAGED}: it decompresses to more than ${maxBytes} bytes.` };
  }
  const whole = new Blob(collected.chunks);
  if (whole.size < 4) return { ok: false, reason: `${DAMAGED}: it is cut short.` };
  const length = new DataView(await whole.slice(0, 4).arrayBuffer()).getUint32(0, true);
  if (4 + length > whole.size) return { ok: false, reason: `${DAMAGED}: it is cut short.` };
  let header: unknown;
  try {
    header = JSON.parse(await whole.slice(4, 4 + length).text());
  } catch {
    return { ok: false, reason: `${DAMAGED}: its header is not JSON.` };
  }
  const sizes = isObject(header) ? header.parts : undefined;
  if (
    !Array.isArray(sizes) ||
    !sizes.every((n): n is number => Number.isSafeInteger(n) && n >= 0) ||
    4 + length + sizes.reduce((total, n) => total + n, 0) !== whole.size
  ) {
    return { ok: false, reason: `${DAMAGED}: its parts do not add up.` };
  }
  const parts: Blob[] = [];
  let at = 4 + length;
  for (const size of sizes) {
    parts.push(whole.slice(at, at + size));
    at += size;
  }
  return { ok: true, header, parts };
}
