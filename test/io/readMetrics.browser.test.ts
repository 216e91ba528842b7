import { describe, expect, it } from 'vitest';
import badRows from '../fixtures/io/bad-rows.csv?raw';
import influx from '../fixtures/io/influx-annotated.csv?raw';
import { readMetrics } from '../../src/io/readMetrics';

/** A wide CSV of `rows` rows with ISO timestamps and three value columns. */
function wideCsv(rows: number): string {
  const lines = ['timestamp,cpu,mem,io'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()},${i % 97},${i % 13},${i}`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('readMetrics in Chromium', () => {
  it.each([
    ['bad-rows.csv', badRows],
    ['influx-annotated.csv', influx],
  ])(
    'reads a File of %s exactly as the string (browser PapaParse build, Blob.stream)',
    async (name, text) => {
      const file = new File([text], name, { type: 'text/csv' });
      const fromFile = await readMetrics(file);
      expect(fromFile.ok).toBe(true);
      expect(fromFile).toEqual(await readMetrics(text));
    },
  );

  it('streams a large File with progress up to its size', async () => {
    const text = wideCsv(100_000);
    const file = new File([text], 'big.csv');
    const progress: number[] = [];
    const outcome = await readMetrics(file, { onProgress: (p) => progress.push(p.bytesRead) });
    expect(outcome.ok && outcome.report.rowsRead).toBe(100_000);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(file.size);
  });
});
