import { File as NodeFile } from 'node:buffer';

/**
 * A File as the browser hands one over (a drop, a file picker): Node's, because jsdom's File has
 * no stream() for the reader, nor survives the MessageChannel to the worker API.
 */
export function csvFile(text: string, name: string): File {
  return new NodeFile([text], name, { type: 'text/csv' }) as unknown as File;
}

/** A File the browser says is `size` bytes long, without those bytes being allocated. */
export function sizedFile(name: string, size: number): File {
  return Object.defineProperty(csvFile('', name), 'size', { value: size });
}

/** A wide CSV of `rows` per-minute samples of cpu and mem from 2024-01-01T00:00:00Z, then `extra`. */
export function wideCsv(rows: number, extra: readonly string[] = []): string {
  const lines = ['timestamp,cpu,mem'];
  for (let i = 0; i < rows; i++) {
    const time = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    lines.push(`${time},${50 + (i % 40)},${30 + (i % 7)}`);
  }
  return [...lines, ...extra].join('\n');
}

/** Markup that would run script if it were ever rendered as HTML instead of text. */
export const MALICIOUS = '<img src=x onerror=alert(1)>';

/**
 * A CSV with one row of each problem, as readMetrics reports them:
 * line 3 non-numeric (and MALICIOUS), line 4 one field short, line 5 an empty cpu cell (missing),
 * line 6 an unreadable timestamp, line 7 a duplicate timestamp, line 8 out of time order.
 */
export const BAD_CSV = [
  'timestamp,cpu,mem',
  '2024-01-01 00:00:00,1,2',
  `2024-01-01 00:01:00,${MALICIOUS},3`,
  '2024-01-01 00:02:00,1',
  '2024-01-01 00:03:00,,4',
  'not a time,5,6',
  '2024-01-01 00:03:00,7,8',
  '2024-01-01 00:02:30,7,8',
  '',
].join('\n');
