/**
 * The share link's envelope: a JSON value, deflate-raw compressed (the platform's
 * CompressionStream, in browsers and in Node 20+), in base64url, after a version tag:
 * `v1=<base64url>`. It knows nothing of what the JSON says (see shareLinkSchema for that).
 */

/** The longest link text (after '#') read: a longer one is refused before it is decoded. */
export const MAX_LINK_CHARS = 64 * 1024;

/** The most bytes a link may unpack to: the inflater stops there (a decompression bomb). */
export const MAX_JSON_BYTES = 1024 * 1024;

/** A link's version and its JSON value, or one sentence saying why it could not be read. */
export type DecodedLink =
  { ok: true; version: number; value: unknown } | { ok: false; reason: string };

/** `v<digits>=` then base64url: the whole shape of a link's text. */
const LINK = /^v(\d{1,4})=([A-Za-z0-9_-]*)$/;

/** Whether `hash` (with or without its '#') is meant as a share link, readable or not. */
export function looksLikeLink(hash: string): boolean {
  return /^#?v\d+=/.test(hash);
}

/** `bytes` in base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...all) would overflow the argument stack on a large link.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url `text` (no padding), or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Every chunk of `stream` joined, or null as soon as they pass `maxBytes` (the rest unread). */
async function readCapped(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** `bytes` through a (de)compression transform, cut off past `maxBytes`; throws on bad input. */
function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return readCapped(source.pipeThrough(stream), maxBytes);
}

/**
 * The link text of JSON `value` at `version`: `v1=` and the deflate-raw bytes of its JSON in
 * base64url. Throws a RangeError when the text would be longer than MAX_LINK_CHARS.
 * @example await encodeLinkText({ a: 1 }, 1) // 'v1=q1ZKVLIyrAUA'
 */
export async function encodeLinkText(value: unknown, version: number): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const packed = await transform(json, new CompressionStream('deflate-raw'), Infinity);
  const text = `v${version}=${toBase64Url(packed!)}`;
  if (text.length > MAX_LINK_CHARS) {
    throw new RangeError(
      `The link would be ${text.length.toLocaleString('en')} characters, more than ${MAX_LINK_CHARS.toLocaleString('en')}`,
    );
  }
  return text;
}

/**
 * The version and JSON value of link text `hash` (with or without its '#'), or why it cannot be
 * read: too long, not `v<n>=` and base64url, not deflate-raw data, unpacking past MAX_JSON_BYTES,
 * not UTF-8, or not JSON. Never throws.
 */
export async function decodeLinkText(hash: string): Promise<DecodedLink> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      reason: `it is longer than ${MAX_LINK_CHARS.toLocaleString('en')} characters.`,
    };
  }
  const match = LINK.exec(text);
  const bytes = match && fromBase64Url(match[2]);
  if (!match || !bytes) return { ok: false, reason: 'it is not a Metricscope link.' };
  let json: Uint8Array | null;
  try {
    json = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  } catch {
    return { ok: false, reason: 'it is damaged (its data does not unpack).' };
  }
  if (!json) {
    return {
      ok: false,
      reason: `it unpacks to more than ${MAX_JSON_BYTES.toLocaleString('en')} bytes.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, reason: 'it is damaged (its data is not JSON).' };
  }
  return { ok: true, version: Number(match[1]), value };
}
