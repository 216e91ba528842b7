import { csvParser } from './csvParser';

/** The delimiters tried, in order of preference when two split the sample equally well. */
const CANDIDATES = [',', ';', '\t'] as const;
const SAMPLE_ROWS = 20;
const SAMPLE_CHARS = 16_384;

/**
 * The delimiter among `,` `;` and tab that splits the first 20 rows of `head` most consistently:
 * the largest share of rows with the most common field count (at least 2 fields), then the larger
 * field count, then the order above. Quotes are honoured, so a quoted `a,b` is one field. A text
 * with no delimiter at all (one column) gives `,`.
 * @example detectDelimiter('time;value\n2024-01-01;1,5\n2024-01-02;2,5\n') // ';'
 */
export function detectDelimiter(head: string, newline: '\n' | '\r' = '\n'): string {
  const sample = head.slice(0, SAMPLE_CHARS);
  let best: string = CANDIDATES[0];
  let bestShare = 0;
  let bestFields = 1;
  for (const delimiter of CANDIDATES) {
    const parser = csvParser(delimiter, newline);
    const rows = [...parser.push(sample).rows, ...parser.end().rows].slice(0, SAMPLE_ROWS);
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    for (const [fields, count] of counts) {
      const share = count / rows.length;
      if (fields < 2) continue;
      if (share > bestShare || (share === bestShare && fields > bestFields)) {
        best = delimiter;
        bestShare = share;
        bestFields = fields;
      }
    }
  }
  return best;
}
