import { describe, expect, it } from 'vitest';
import { loadTooLarge, MAX_LOAD_BYTES } from '../../src/store/loadSizeLimit';
import { sizedFile } from '../components/files';

const GIB = 2 ** 30;

/** A file of `size` bytes as it is opened, its bytes not allocated. */
const sized = (name: string, size: number) => ({ input: sizedFile(name, size), name });

describe('loadTooLarge', () => {
  it('the limit is 1 GiB: a 420 MB CSV of 1e7 points fits', () => {
    expect(MAX_LOAD_BYTES).toBe(GIB);
    expect(loadTooLarge([sized('scale.csv', 420e6)])).toBeNull();
  });

  it.each([
    ['a file of exactly the limit', [sized('a.csv', GIB)]],
    ['files that reach the limit together', [sized('a.csv', GIB / 2), sized('b.csv', GIB / 2)]],
    ['pasted text', [{ input: 'timestamp,cpu\n2024-01-01T00:00:00Z,1\n', name: 'Pasted data' }]],
    ['nothing', []],
  ])('answers null for %s', (_, files) => {
    expect(loadTooLarge(files)).toBeNull();
  });

  it('refuses one file past the limit, naming it, its size and the limit', () => {
    expect(loadTooLarge([sized('huge.csv', 1.5 * GIB)])).toBe(
      'huge.csv is 1,536 MiB, more than the 1,024 MiB this page can read at once without the tab running out of memory.',
    );
  });

  it('refuses files that pass the limit only together, naming them all and their sum', () => {
    const files = [
      sized('a.csv', 0.5 * GIB),
      sized('b.csv', 0.5 * GIB),
      sized('c.csv', 0.25 * GIB),
    ];
    expect(loadTooLarge(files)).toMatch(
      /^a\.csv, b\.csv and c\.csv come to 1,280 MiB together, more than the 1,024 MiB /,
    );
  });
});
