/** Share of U+FFFD (bytes that are not UTF-8) above which text is taken for binary data. */
const MAX_REPLACEMENT_SHARE = 0.1;

/**
 * Why `head` (the first 64 Ki characters of a file, decoded as UTF-8) is not CSV text, or null when it may
 * be: a NUL character (no text format uses it; UTF-16 and binary files are full of them), or more
 * than 10 % of the characters being U+FFFD, which the decoder puts where bytes are not UTF-8.
 * @example looksBinary('\u0000\u0001PK') // 'it contains NUL bytes'
 */
export function looksBinary(head: string): string | null {
  if (head.includes('\u0000')) return 'it contains NUL bytes';
  let replaced = 0;
  for (let p = head.indexOf('\ufffd'); p !== -1; p = head.indexOf('\ufffd', p + 1)) replaced++;
  if (replaced > MAX_REPLACEMENT_SHARE * head.length) {
    return 'more than 10 % of its first 64 KB is not valid UTF-8';
  }
  return null;
}
