/** Input bytes per btoa call: a multiple of 3, so that the pieces join without padding between. */
const CHUNK_BYTES = 3 * 8192;

type WithToBase64 = Uint8Array & { toBase64?: () => string };
type WithFromBase64 = typeof Uint8Array & {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
};

/**
 * `bytes` in standard base64 (RFC 4648 §4, padded): the browser's own Uint8Array.prototype.toBase64
 * where it has one (Chromium 140 on), else btoa over 24 KiB at a time.
 * @example bytesToBase64(Uint8Array.of(77, 97, 110)) // 'TWFu'
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithToBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    pieces.push(btoa(String.fromCharCode(...chunk)));
  }
  return pieces.join('');
}

/**
 * The bytes of standard base64 `text` (whitespace allowed between characters), or null when it is
 * not base64. Uint8Array.fromBase64 where the browser has it, else atob.
 * @example base64ToBytes('TWFu') // Uint8Array [77, 97, 110]
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return null;
  const native = (Uint8Array as WithFromBase64).fromBase64;
  try {
    if (typeof native === 'function') return native(clean);
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
