import { describe, expect, it } from 'vitest';
import { type TextChunk, textChunks } from '../../../src/io/csv/textChunks';

async function collect(input: Blob | string): Promise<TextChunk[]> {
  const chunks: TextChunk[] = [];
  for await (const chunk of textChunks(input)) chunks.push(chunk);
  return chunks;
}

describe('textChunks', () => {
  it('yields a string in 1 Mi-character pieces with cumulative UTF-8 byte counts', async () => {
    const text = 'é'.repeat((1 << 20) + 5);
    const chunks = await collect(text);
    expect(chunks.map((c) => c.text.length)).toEqual([1 << 20, 5]);
    expect(chunks.map((c) => c.bytesRead)).toEqual([2 << 20, 2 * ((1 << 20) + 5)]);
  });

  it('streams a Blob as UTF-8 text in about 1 MiB pieces, bytes counted exactly', async () => {
    const text = 'aé€𝄞,'.repeat(200_000);
    const chunks = await collect(new Blob([text]));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(chunks.at(-1)!.bytesRead).toBe(new Blob([text]).size);
  });

  it('drops a leading BOM from strings and Blobs, counting its 3 bytes', async () => {
    for (const input of ['\ufeffa,b', new Blob(['\ufeffa,b'])]) {
      expect(await collect(input)).toEqual([{ text: 'a,b', bytesRead: 6 }]);
    }
  });

  it('never splits a surrogate pair between two string pieces', async () => {
    const text = 'a'.repeat((1 << 20) - 1) + '𝄞b';
    const chunks = await collect(text);
    expect(chunks[0].text.endsWith('𝄞')).toBe(true);
    expect(chunks.at(-1)!.bytesRead).toBe(new Blob([text]).size);
  });

  it('decodes bytes that are not UTF-8 as U+FFFD', async () => {
    const chunks = await collect(new Blob([Uint8Array.of(0x61, 0xff, 0x62)]));
    expect(chunks).toEqual([{ text: 'a\ufffdb', bytesRead: 3 }]);
  });

  it('yields nothing for an empty input', async () => {
    expect(await collect('')).toEqual([]);
    expect(await collect(new Blob([]))).toEqual([]);
  });
});
