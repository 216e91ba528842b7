import { byteSize } from '../io/csv/utf8Length';
import type { FileToRead } from '../worker/api';

/**
 * The most bytes read as one data set, the files opened together summed: 1 GiB. A 420 MB CSV of
 * 1e7 points loads with room to spare; much past 1 GiB, the text being parsed and the columns
 * parsed from it come near what one Chromium tab may allocate, and the tab would die instead of
 * saying why.
 */
export const MAX_LOAD_BYTES = 2 ** 30;

/** `bytes` in MiB for the message: '1,536.5 MiB'. */
const mib = (bytes: number) =>
  `${(bytes / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;

/** The names of `files` as a list in words: 'a.csv', 'a.csv and b.csv', 'a.csv, b.csv and c.csv'. */
function namesOf(files: readonly Pick<FileToRead, 'name'>[]): string {
  const names = files.map((file) => file.name);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Why `files` are refused before any byte is read: their sizes (a File's `size`, a string's UTF-8
 * length) sum past MAX_LOAD_BYTES. Names the files, their size and the limit; null when they fit.
 * @example loadTooLarge([{ input: new File([], 'a.csv'), name: 'a.csv' }]) // null
 */
export function loadTooLarge(files: readonly Pick<FileToRead, 'input' | 'name'>[]): string | null {
  const bytes = files.reduce((total, file) => total + byteSize(file.input), 0);
  if (bytes <= MAX_LOAD_BYTES) return null;
  const size = mib(bytes);
  const limit = mib(MAX_LOAD_BYTES);
  const what =
    files.length === 1
      ? `${files[0].name} is ${size}`
      : `${namesOf(files)} come to ${size} together`;
  return `${what}, more than the ${limit} this page can read at once without the tab running out of memory.`;
}
