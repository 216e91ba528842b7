const DELIMITERS: Readonly<Record<string, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
  ' ': 'space',
};

/**
 * A field delimiter as people say it: "comma", "semicolon", "tab", "pipe", "space"; any other
 * character in quotes.
 * @example delimiterName('\t') // 'tab'
 */
export function delimiterName(delimiter: string): string {
  return DELIMITERS[delimiter] ?? `"${delimiter}"`;
}
