import { describe, expect, it } from 'vitest';
import type { TextChunk } from '../../../src/io/csv/textChunks';
import { lineBatches } from '../../../src/io/prometheus/lineBatches';

async function* chunksOf(...texts: string[]): AsyncGenerator<TextChunk> {
  let bytesRead = 0;
  for (const text of texts) {
    bytesRead += text.length;
    yield { text, bytesRead };
  }
}

async function collect(...texts: string[]) {
  const batches = [];
  for await (const batch of lineBatches(chunksOf(...texts))) batches.push(batch);
  return batches;
}

describe('lineBatches', () => {
  it('gives whole lines per chunk with the number of the first, blank lines kept', async () => {
    expect(await collect('a\n\nb\nc', 'd\ne\n')).toEqual([
      { lines: ['a', '', 'b'], firstLine: 1, bytesRead: 6 },
      { lines: ['cd', 'e'], firstLine: 4, bytesRead: 10 },
    ]);
  });

  it('drops the CR of CRLF, also when a chunk ends between CR and LF', async () => {
    expect(await collect('a\r', '\nb\r\n')).toEqual([
      { lines: [], firstLine: 1, bytesRead: 2 },
      { lines: ['a', 'b'], firstLine: 1, bytesRead: 6 },
    ]);
  });

  it('gives a last line without a line end in a batch of its own', async () => {
    expect(await collect('a\nb\r')).toEqual([
      { lines: ['a'], firstLine: 1, bytesRead: 4 },
      { lines: ['b'], firstLine: 2, bytesRead: 4 },
    ]);
  });

  it('gives nothing for no text', async () => {
    expect(await collect()).toEqual([]);
  });
});
