import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../../src/io/csv/looksBinary';

describe('looksBinary', () => {
  it('returns null for CSV text, accents and all', () => {
    expect(looksBinary('time,température\n2024-01-01,21.5\n')).toBeNull();
  });

  it('names NUL bytes (binary files, UTF-16 text)', () => {
    expect(looksBinary('t\u0000i\u0000m\u0000e')).toBe('it contains NUL bytes');
  });

  it('names undecodable bytes when more than 10 % of the text is U+FFFD', () => {
    expect(looksBinary('\ufffd'.repeat(11) + 'a'.repeat(89))).toBe(
      'more than 10 % of its first 64 KB is not valid UTF-8',
    );
  });

  it('accepts up to 10 % of U+FFFD (a few Latin-1 bytes in a UTF-8 file)', () => {
    expect(looksBinary('\ufffd'.repeat(10) + 'a'.repeat(90))).toBeNull();
  });
});
