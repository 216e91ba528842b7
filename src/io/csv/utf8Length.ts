const encoder = new TextEncoder();
const SLICE_CHARS = 65_536;
/** Room for SLICE_CHARS characters of 3 bytes, plus a surrogate pair carried over. */
const scratch = new Uint8Array(3 * SLICE_CHARS + 4);

/**
 * Bytes `text` takes in UTF-8 (what a Blob of it would measure), counted by encoding it slice by
 * slice into one scratch buffer: TextEncoder is native and some 20 times faster than a JavaScript
 * loop over char codes. A lone surrogate counts 3 bytes, as it encodes to U+FFFD.
 * @example utf8Length('a€𝄞') // 8
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + SLICE_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    bytes += encoder.encodeInto(text.slice(start, end), scratch).written;
    start = end;
  }
  return bytes;
}

/**
 * Bytes of a reader's input: a Blob's size, or a string's length in UTF-8 (see utf8Length).
 * @example byteSize('a€') // 4
 */
export function byteSize(input: Blob | string): number {
  return typeof input === 'string' ? utf8Length(input) : input.size;
}
