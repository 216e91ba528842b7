import { closeSync, openSync, writeSync } from 'node:fs';

/** Steps formatted per write, so memory holds a few MB of text at a time, not the file. */
const STEPS_PER_WRITE = 100;

/** The metrics each host reports, in the order the farm panel reads them. */
const METRICS = ['cpu', 'mem', 'io'] as const;

/**
 * Writes a long (tidy) CSV of `hosts` servers reporting cpu, mem and io every minute for `steps`
 * minutes from 2024-01-01T00:00:00.000Z to `path`: `timestamp,host,metric,value` with an ISO 8601
 * UTC timestamp, hosts named srv-000, srv-001... and two-decimal values (cpu a daily wave shifted
 * per host, mem a saw, io a deterministic hash; no RNG, so the bytes are the same on every run),
 * ~42 bytes a row, hosts x 3 x steps rows. Returns the file's size in bytes and its row count.
 * @example writeLongCsv('/tmp/x.csv', 1, 1) // { bytes: 155, rows: 3 }
 */
export function writeLongCsv(
  path: string,
  hosts: number,
  steps: number,
): { bytes: number; rows: number } {
  const start = Date.UTC(2024, 0, 1);
  const names = Array.from({ length: hosts }, (_, h) => `srv-${String(h).padStart(3, '0')}`);
  const fd = openSync(path, 'w');
  try {
    let bytes = writeSync(fd, 'timestamp,host,metric,value\n');
    for (let from = 0; from < steps; from += STEPS_PER_WRITE) {
      const lines: string[] = [];
      for (let s = from; s < Math.min(steps, from + STEPS_PER_WRITE); s++) {
        const time = new Date(start + s * 60_000).toISOString();
        for (let h = 0; h < hosts; h++) {
          const i = s * hosts + h;
          const values = [
            50 + 30 * Math.sin((2 * Math.PI * (s + 13 * h)) / 1440),
            30 + ((s + h) % 500) / 10,
            // Knuth's multiplicative hash, for values that look random but need no state.
            ((Math.imul(i, 2654435761) >>> 0) / 4294967296) * 100,
          ];
          METRICS.forEach((metric, m) => {
            lines.push(`${time},${names[h]},${metric},${values[m].toFixed(2)}\n`);
          });
        }
      }
      bytes += writeSync(fd, lines.join(''));
    }
    return { bytes, rows: hosts * METRICS.length * steps };
  } finally {
    closeSync(fd);
  }
}
