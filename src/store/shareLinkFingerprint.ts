import type { FileFingerprint } from './shareLinkSchema';

/** Files up to this size are hashed whole; larger ones by their first and last EDGE_BYTES. */
export const WHOLE_FILE_BYTES = 32 * 1024 * 1024;

/** How much of each end of a larger file is hashed. */
export const EDGE_BYTES = 1024 * 1024;

/** The two ends of `bytes` (longer than 2 * EDGE_BYTES), one after the other. */
function ends(head: Uint8Array, tail: Uint8Array): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(head.byteLength + tail.byteLength);
  joined.set(head);
  joined.set(tail, head.byteLength);
  return joined;
}

/** The size of `input` in bytes and the bytes hashed: all of them, or the first and last MiB. */
async function hashedBytes(
  input: Blob | string,
): Promise<{ size: number; bytes: BufferSource; whole: boolean }> {
  if (typeof input === 'string') {
    const bytes = new TextEncoder().encode(input);
    const size = bytes.byteLength;
    if (size <= WHOLE_FILE_BYTES) return { size, bytes, whole: true };
    return {
      size,
      bytes: ends(bytes.subarray(0, EDGE_BYTES), bytes.subarray(size - EDGE_BYTES)),
      whole: false,
    };
  }
  const { size } = input;
  if (size <= WHOLE_FILE_BYTES) return { size, bytes: await input.arrayBuffer(), whole: true };
  const [head, tail] = await Promise.all([
    input.slice(0, EDGE_BYTES).arrayBuffer(),
    input.slice(size - EDGE_BYTES).arrayBuffer(),
  ]);
  return { size, bytes: ends(new Uint8Array(head), new Uint8Array(tail)), whole: false };
}

const hex = (digest: ArrayBuffer) =>
  Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');

const known = new WeakMap<Blob, Promise<FileFingerprint>>();

/**
 * A file's fingerprint: its name, size in bytes (UTF-8 for pasted text) and the SHA-256
 * (crypto.subtle.digest) of all its bytes up to WHOLE_FILE_BYTES (32 MiB); past that, of its first
 * and last MiB only (`whole: false`), so that a 400 MB file is not read into memory again: two
 * files of one size that differ only in between are then taken for the same. The read and the
 * digest are asynchronous (the digest runs off the main thread in browsers); a File's is
 * remembered, so copying a link again does not hash it again.
 */
export function fingerprint(input: Blob | string, name: string): Promise<FileFingerprint> {
  if (typeof input !== 'string') {
    const cached = known.get(input);
    if (cached) return cached.then((f) => ({ ...f, name }));
  }
  const made = hashedBytes(input).then(async ({ size, bytes, whole }) => ({
    name,
    size,
    sha256: hex(await crypto.subtle.digest('SHA-256', bytes)),
    whole,
  }));
  if (typeof input !== 'string') known.set(input, made);
  return made;
}

/**
 * Whether two sets of files hold the same data: the same number of files with the same sizes and
 * hashes, in any order and under any names (a file renamed is still the same file).
 */
export function sameFiles(a: readonly FileFingerprint[], b: readonly FileFingerprint[]): boolean {
  const key = (f: FileFingerprint) => `${f.size}:${f.whole ? 'whole' : 'ends'}:${f.sha256}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}
