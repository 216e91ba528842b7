import { describe, expect, it } from 'vitest';
import { byteSize, utf8Length } from '../../../src/io/csv/utf8Length';

const bytes = (text: string) => new Blob([text]).size;

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['𝄞', 4],
    ['\ufeffa', 4],
  ])('utf8Length(%j) is %i', (text, expected) => {
    expect(utf8Length(text)).toBe(expected);
  });

  it('equals the size of a Blob of the text across its 64 Ki-character slices', () => {
    const text = 'a'.repeat(65_535) + '𝄞' + 'é'.repeat(70_000) + '\ud800';
    expect(utf8Length(text)).toBe(bytes(text));
  });

  it('counts a lone surrogate as 3 bytes, like the U+FFFD it encodes to', () => {
    expect(utf8Length('\udc00')).toBe(3);
  });
});

describe('byteSize', () => {
  it('is the UTF-8 length of a string and the size of a Blob, the same for the same text', () => {
    const text = 'time,cpu €\n𝄞,1\n';
    expect(byteSize(text)).toBe(bytes(text));
    expect(byteSize(new Blob([text]))).toBe(bytes(text));
    expect(byteSize(text)).not.toBe(text.length);
  });
});
