import { closeSync, openSync, writeSync } from 'node:fs';

/** Rows formatted per write, so memory holds ~4 MB of text at a time, not the file. */
const ROWS_PER_WRITE = 100_000;

/**
 * Writes a wide CSV of `rows` per-second samples from 2024-01-01T00:00:00.000Z to `path`: an ISO
 * 8601 `timestamp` column (UTC, milliseconds, `Z`) and three numeric columns with two decimals,
 * cpu a daily wave, mem a saw and net a deterministic hash of the row (no RNG, so the bytes are the
 * same on every run), ~43 bytes a row. Returns the file's size in bytes.
 * @example writeWideCsv('/tmp/x.csv', 1) // 64: 'timestamp,cpu,mem,net\n2024-01-01T00:00:00.000Z,50.00,30.00,0.00\n'
 */
export function writeWideCsv(path: string, rows: number): number {
  const start = Date.UTC(2024, 0, 1);
  const fd = openSync(path, 'w');
  try {
    let bytes = writeSync(fd, 'timestamp,cpu,mem,net\n');
    for (let from = 0; from < rows; from += ROWS_PER_WRITE) {
      const lines: string[] = [];
      for (let i = from; i < Math.min(rows, from + ROWS_PER_WRITE); i++) {
        const cpu = 50 + 30 * Math.sin((2 * Math.PI * i) / 86_400);
        const mem = 30 + (i % 1_000) / 25;
        // Knuth's multiplicative hash, for values that look random but need no state.
        const net = ((Math.imul(i, 2654435761) >>> 0) / 4294967296) * 100;
        lines.push(
          `${new Date(start + i * 1000).toISOString()},${cpu.toFixed(2)},${mem.toFixed(2)},${net.toFixed(2)}\n`,
        );
      }
      bytes += writeSync(fd, lines.join(''));
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
