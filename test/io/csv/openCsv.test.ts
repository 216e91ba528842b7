import { describe, expect, it } from 'vitest';
import { type CsvBatch, openCsv } from '../../../src/io/csv/openCsv';

async function open(input: Blob | string, delimiter?: string) {
  const opened = await openCsv(input, delimiter);
  if (!opened.ok) throw new Error(opened.reason);
  const batches: CsvBatch[] = [];
  for await (const batch of opened.csv.batches) batches.push(batch);
  return {
    ...opened.csv,
    rows: batches.flatMap((b) => b.rows),
    lines: batches.flatMap((b) => b.lines),
    bytes: batches.map((b) => b.bytesRead),
  };
}

describe('openCsv', () => {
  it.each([
    ['an empty string', ''],
    ['only line ends and spaces', '\n \r\n\t\n'],
    ['only a BOM', '\ufeff'],
  ])('refuses %s: "The file is empty."', async (_, input) => {
    expect(await openCsv(input)).toMatchObject({ ok: false, reason: 'The file is empty.' });
  });

  it('refuses binary input, saying why', async () => {
    const zip = new Blob([Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00)]);
    expect(await openCsv(zip)).toEqual({
      ok: false,
      reason: 'The file is not CSV text: it contains NUL bytes.',
      bytesRead: 6,
      totalBytes: 6,
    });
  });

  it('names a binary format it recognises', async () => {
    const gzip = new Blob([Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x00)]);
    expect(await openCsv(gzip)).toMatchObject({
      ok: false,
      reason: 'The file is gzip-compressed data, not text, which is not read.',
    });
  });

  it('detects the delimiter and reads all rows in order', async () => {
    const csv = await open('a;b\n1;2\n3;4\n');
    expect(csv.delimiter).toBe(';');
    expect(csv.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('uses the delimiter it is given', async () => {
    expect((await open('a;b\n1;2\n', ',')).rows).toEqual([['a;b'], ['1;2']]);
  });

  it('takes the delimiter from a sep= line and leaves the line out, numbering from line 2', async () => {
    const csv = await open('sep=;\r\na;b\r\n1;2');
    expect(csv).toMatchObject({ delimiter: ';', sepLine: true, lines: [2, 3] });
    expect(csv.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports the total size and reaches it in the last batch, for strings and Blobs', async () => {
    const text = 'é,1\n'.repeat(400_000);
    for (const input of [text, new Blob([text])]) {
      const csv = await open(input);
      expect(csv.totalBytes).toBe(2_000_000);
      expect(csv.bytes.length).toBeGreaterThan(1);
      expect(csv.bytes.at(-1)).toBe(2_000_000);
      expect(csv.rows).toHaveLength(400_000);
      expect(csv.lines.at(-1)).toBe(400_000);
    }
  });
});
