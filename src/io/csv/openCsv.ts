import { binaryFormat } from './binaryFormat';
import { csvParser, type CsvParser, type RowBatch } from './csvParser';
import { detectDelimiter } from './detectDelimiter';
import { looksBinary } from './looksBinary';
import { type TextChunk, textChunks } from './textChunks';
import { byteSize } from './utf8Length';

/** Rows parsed from the input so far, and the bytes read to get them. */
export interface CsvBatch extends RowBatch {
  bytesRead: number;
}

/** An input that is CSV text: its dialect, its size, and its rows batch by batch. */
export interface CsvSource {
  delimiter: string;
  /** True when the first line was Excel's `sep=<delimiter>` hint (left out of the rows). */
  sepLine: boolean;
  totalBytes: number;
  /** Row batches in file order; ending the iteration early releases the input. */
  batches: AsyncGenerator<CsvBatch>;
}

export type OpenedCsv =
  | { ok: true; csv: CsvSource }
  | { ok: false; reason: string; bytesRead: number; totalBytes: number };

/** Characters looked at before parsing, for the binary check and delimiter detection. */
const HEAD_CHARS = 65_536;
/** Excel's delimiter hint, written by Grafana's "Download for Excel". */
const SEP_LINE = /^sep=([^\r\n])\r?(?:\n|$)/;

async function* rowBatches(
  first: CsvBatch,
  chunks: AsyncGenerator<TextChunk>,
  parser: CsvParser,
): AsyncGenerator<CsvBatch> {
  try {
    yield first;
    let bytesRead = first.bytesRead;
    for await (const chunk of chunks) {
      bytesRead = chunk.bytesRead;
      yield { ...parser.push(chunk.text), bytesRead };
    }
    yield { ...parser.end(), bytesRead };
  } finally {
    await chunks.return(undefined);
  }
}

/** The first 64 bytes of `input` (a string's as UTF-8). */
async function firstBytes(input: Blob | string): Promise<Uint8Array> {
  return typeof input === 'string'
    ? new TextEncoder().encode(input.slice(0, 64))
    : new Uint8Array(await input.slice(0, 64).arrayBuffer());
}

/**
 * Opens `input` as CSV text: reads its first 64 Ki characters to refuse empty and binary input
 * (see looksBinary; a binary format that binaryFormat recognises is named), honours a leading
 * `sep=` line, detects the line end (LF, CRLF or a lone CR) and, unless `delimiter` is given,
 * the delimiter (see detectDelimiter). The rest is read lazily as the
 * batches are consumed, so memory holds one chunk of text at a time, not the file.
 */
export async function openCsv(input: Blob | string, delimiter?: string): Promise<OpenedCsv> {
  const totalBytes = byteSize(input);
  const chunks = textChunks(input);
  let head = '';
  let bytesRead = 0;
  let done = false;
  while (head.length < HEAD_CHARS) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    head += next.value.text;
    bytesRead = next.value.bytesRead;
  }
  const binary = looksBinary(head.slice(0, HEAD_CHARS));
  const format = binary === null ? null : binaryFormat(await firstBytes(input));
  const refusal =
    done && head.trim() === ''
      ? 'The file is empty.'
      : binary === null
        ? null
        : format === null
          ? `The file is not CSV text: ${binary}.`
          : `The file is ${format}, not text, which is not read.`;
  if (refusal) {
    await chunks.return(undefined);
    return { ok: false, reason: refusal, bytesRead, totalBytes };
  }
  const sep = SEP_LINE.exec(head);
  const text = sep ? head.slice(sep[0].length) : head;
  const newline = head.includes('\n') || !head.includes('\r') ? '\n' : '\r';
  const chosen = delimiter ?? sep?.[1] ?? detectDelimiter(text, newline);
  const parser = csvParser(chosen, newline, sep ? 2 : 1);
  const first = { ...parser.push(text), bytesRead };
  return {
    ok: true,
    csv: {
      delimiter: chosen,
      sepLine: sep !== null,
      totalBytes,
      batches: rowBatches(first, chunks, parser),
    },
  };
}
