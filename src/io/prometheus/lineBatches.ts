import type { TextChunk } from '../csv/textChunks';

/** Whole lines of text, without their line ends, and where they are in the input. */
export interface LineBatch {
  lines: string[];
  /** The 1-based line number of lines[0]; blank lines are kept, so lines[i] is line firstLine + i. */
  firstLine: number;
  /** Bytes of the input read up to the end of the chunk these lines were completed in. */
  bytesRead: number;
}

/**
 * The lines of `chunks`, batch by batch as the chunks arrive (one batch per chunk, the last line
 * held back until its end is seen). Lines end at LF; a CR before it is dropped, so CRLF text reads
 * the same. A last line without a line end comes in a batch of its own.
 * @example lineBatches(chunks('a\r\nb')) // yields { lines: ['a'], firstLine: 1 }, { lines: ['b'], firstLine: 2 }
 */
export async function* lineBatches(chunks: AsyncIterable<TextChunk>): AsyncGenerator<LineBatch> {
  let rest = '';
  let firstLine = 1;
  let bytesRead = 0;
  for await (const chunk of chunks) {
    bytesRead = chunk.bytesRead;
    const lines = (rest + chunk.text).split('\n');
    rest = lines.pop()!;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
    }
    yield { lines, firstLine, bytesRead };
    firstLine += lines.length;
  }
  if (rest !== '')
    yield { lines: [rest.endsWith('\r') ? rest.slice(0, -1) : rest], firstLine, bytesRead };
}
