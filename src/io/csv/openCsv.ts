import { binaryFormat } from './binaryFormat';
import { type ByteChunk, byteChunks } from './byteChunks';
import { csvParser, type CsvParser, type RowBatch } from './csvParser';
import { detectDelimiter } from './detectDelimiter';
import { type LineBlock, lineBlocks } from './lineBlocks';
import { looksBinary } from './looksBinary';
import { rowHandler, type RowSink } from './rowSink';
import { byteSize } from './utf8Length';

/** Rows parsed from the input so far, and the bytes read to get them. */
export interface CsvBatch extends RowBatch {
  bytesRead: number;
  /** Rows parsed from this piece of the input: rows.length, or those handed to a sink. */
  rowsParsed: number;
}

/** An input that is CSV text: its dialect, its size, and its rows batch by batch. */
export interface CsvSource {
  delimiter: string;
  /** True when the first line was Excel's `sep=<delimiter>` hint (left out of the rows). */
  sepLine: boolean;
  totalBytes: number;
  /** Row batches in file order; ending the iteration early releases the input. */
  batches: AsyncGenerator<CsvBatch>;
  /**
   * Hands the rows of the input after the batches yielded so far to `sink`, in file order, as
   * they are read (see rowHandler: plain lines to sink.row, the others to sink.add); the batches
   * yielded from then on carry no rows, only their count in rowsParsed.
   */
  handRowsTo(sink: RowSink): void;
}

export type OpenedCsv =
  | { ok: true; csv: CsvSource }
  | { ok: false; reason: string; bytesRead: number; totalBytes: number };

/** Bytes read before parsing, for the binary check and the detection of line end and delimiter. */
const HEAD_BYTES = 65_536;
/** Characters of the head looked at for binary content. */
const HEAD_CHARS = 65_536;
/** Excel's delimiter hint, written by Grafana's "Download for Excel". */
const SEP_LINE = /^sep=([^\r\n])\r?(?:\n|$)/;

/** A batch of `rows` parsed by csvParser from a piece of input read up to `bytesRead`. */
function batchOf(rows: RowBatch, bytesRead: number): CsvBatch {
  return { ...rows, bytesRead, rowsParsed: rows.rows.length };
}

/** Rows of `text` (the input's end when `last`) parsed by `parser`, as one batch. */
function parseText(parser: CsvParser, text: string, last: boolean, bytesRead: number): CsvBatch {
  const pushed = parser.push(text);
  if (!last) return batchOf(pushed, bytesRead);
  const ended = parser.end();
  if (ended.rows.length === 0) return batchOf(pushed, bytesRead);
  const rows = [...pushed.rows, ...ended.rows];
  const lines = [...pushed.lines, ...ended.lines];
  const split = pushed.rows.length;
  const rawText = (i: number) => (i < split ? pushed.rawText(i) : ended.rawText(i - split));
  return { rows, lines, rawText, bytesRead, rowsParsed: rows.length };
}

/**
 * Opens `input` as CSV text: reads its first 64 KiB to refuse empty and binary input (see
 * looksBinary; a binary format that binaryFormat recognises is named), honours a leading `sep=`
 * line, detects the line end (LF, CRLF or a lone CR) and, unless `delimiter` is given, the
 * delimiter (see detectDelimiter). The input is read as bytes (see byteChunks) cut into blocks of
 * whole lines (see lineBlocks), the first about 64 KiB, the others about 1 MiB (both
 * `blockBytes` when given), lazily as the batches are consumed, so memory holds one block, not
 * the file. Blocks are decoded as UTF-8 (a
 * leading byte-order mark dropped, invalid bytes read as U+FFFD) and parsed by csvParser, until
 * handRowsTo gives them to a sink.
 */
export async function openCsv(
  input: Blob | string,
  delimiter?: string,
  blockBytes?: number,
): Promise<OpenedCsv> {
  const totalBytes = byteSize(input);
  const chunks = byteChunks(input);
  const head: ByteChunk[] = [];
  let headBytes = 0;
  let bytesRead = 0;
  let done = false;
  while (headBytes < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.bytes.byteLength;
    bytesRead = next.value.bytesRead;
  }
  const headBuffer = new Uint8Array(headBytes);
  head.reduce((at, { bytes }) => (headBuffer.set(bytes, at), at + bytes.byteLength), 0);
  const headText = new TextDecoder('utf-8').decode(headBuffer, { stream: !done });
  const binary = looksBinary(headText.slice(0, HEAD_CHARS));
  const format = binary === null ? null : binaryFormat(headBuffer.subarray(0, 64));
  const refusal =
    done && headText.trim() === ''
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
  const sep = SEP_LINE.exec(headText);
  const newline = headText.includes('\n') || !headText.includes('\r') ? '\n' : '\r';
  const chosen =
    delimiter ??
    sep?.[1] ??
    detectDelimiter(sep ? headText.slice(sep[0].length) : headText, newline);
  const parser = csvParser(chosen, newline, sep ? 2 : 1);
  const blocks = lineBlocks(
    head,
    chunks,
    newline === '\n' ? 10 : 13,
    blockBytes ?? HEAD_BYTES,
    blockBytes,
  );
  const first = (await blocks.next()).value as LineBlock;
  const firstText = new TextDecoder('utf-8').decode(first.bytes);
  const batch = parseText(
    parser,
    sep ? firstText.slice(sep[0].length) : firstText,
    first.last,
    first.bytesRead,
  );
  let hand: ((block: LineBlock) => number) | null = null;

  async function* batches(): AsyncGenerator<CsvBatch> {
    try {
      yield batch;
      if (first.last) return;
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      for await (const block of blocks) {
        const { bytesRead } = block;
        if (hand) {
          yield { rows: [], lines: [], rawText: () => '', bytesRead, rowsParsed: hand(block) };
        } else {
          yield parseText(parser, decoder.decode(block.bytes), block.last, bytesRead);
        }
      }
    } finally {
      await blocks.return(undefined);
    }
  }

  return {
    ok: true,
    csv: {
      delimiter: chosen,
      sepLine: sep !== null,
      totalBytes,
      batches: batches(),
      handRowsTo(sink) {
        hand = rowHandler(sink, chosen, newline, parser);
      },
    },
  };
}
