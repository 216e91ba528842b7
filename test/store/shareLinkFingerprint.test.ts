import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EDGE_BYTES,
  fingerprint,
  sameFiles,
  WHOLE_FILE_BYTES,
} from '../../src/store/shareLinkFingerprint';
import { csvFile } from '../components/files';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('fingerprint', () => {
  it('hashes a small file whole: SHA-256 of its bytes, its size and name', async () => {
    expect(await fingerprint(csvFile('abc', 'a.csv'), 'a.csv')).toEqual({
      name: 'a.csv',
      size: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      whole: true,
    });
  });

  it('hashes pasted text as its UTF-8 bytes, as the same text in a file', async () => {
    const text = 'time,cpu\n2024-01-01,°C\n';
    const pasted = await fingerprint(text, 'pasted');
    expect(pasted).toEqual({
      name: 'pasted',
      size: Buffer.byteLength(text),
      sha256: sha256(text),
      whole: true,
    });
    const file = await fingerprint(csvFile(text, 'x.csv'), 'x.csv');
    expect(sameFiles([pasted], [file])).toBe(true);
  });

  it('hashes a file over WHOLE_FILE_BYTES by its first and last MiB, with its full size', async () => {
    const bytes = new Uint8Array(WHOLE_FILE_BYTES + 10);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251;
    const print = await fingerprint(new Blob([bytes]), 'big.csv');
    const ends = new Uint8Array(2 * EDGE_BYTES);
    ends.set(bytes.subarray(0, EDGE_BYTES));
    ends.set(bytes.subarray(bytes.length - EDGE_BYTES), EDGE_BYTES);
    expect(print).toEqual({
      name: 'big.csv',
      size: WHOLE_FILE_BYTES + 10,
      sha256: sha256(ends),
      whole: false,
    });
    // A change in the middle goes unseen (the price of not reading 400 MB again); at an end, not.
    const middle = bytes.slice();
    middle[EDGE_BYTES + 5] ^= 1;
    const last = bytes.slice();
    last[last.length - 1] ^= 1;
    expect((await fingerprint(new Blob([middle]), 'big.csv')).sha256).toBe(print.sha256);
    expect((await fingerprint(new Blob([last]), 'big.csv')).sha256).not.toBe(print.sha256);
  });

  it('remembers a File it hashed, under the name asked for', async () => {
    const file = csvFile('abc', 'a.csv');
    const first = fingerprint(file, 'a.csv');
    expect(await fingerprint(file, 'renamed.csv')).toEqual({
      ...(await first),
      name: 'renamed.csv',
    });
  });
});

describe('sameFiles', () => {
  const print = (name: string, sha: string, size = 10) => ({
    name,
    size,
    sha256: sha.repeat(64),
    whole: true,
  });

  it.each([
    [
      'the same files in another order',
      [print('a', '1'), print('b', '2')],
      [print('b', '2'), print('a', '1')],
      true,
    ],
    ['a file renamed', [print('a', '1')], [print('z', '1')], true],
    ['another hash', [print('a', '1')], [print('a', '2')], false],
    ['another size', [print('a', '1')], [print('a', '1', 11)], false],
    ['a file more', [print('a', '1')], [print('a', '1'), print('b', '2')], false],
    [
      'one file twice for two',
      [print('a', '1'), print('b', '2')],
      [print('a', '1'), print('a', '1')],
      false,
    ],
  ])('%s: %s', (_, a, b, expected) => expect(sameFiles(a, b)).toBe(expected));
});
