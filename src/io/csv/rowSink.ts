import { csvParser, type CsvParser, type RowBatch } from './csvParser';
import type { LineBlock } from './lineBlocks';

/**
 * Where the rows of a file go once its layout is known. `add` takes rows parsed by csvParser;
 * `row`, when there is one, reads a plain line straight from its bytes (the fast path): the
 * line at bytes[start] is not blank and holds no quote character, so its fields are exactly its
 * text split at the `delimiter` byte (one of `,` `;` tab `|`; a CR ending the line left out),
 * and it ends at its first LF before `end`, or at `end` (then the input's end). `row` returns
 * where the next line starts, or -1 to refuse the line, which then goes to `add` as csvParser
 * would parse it: a sink must make of a line it reads through `row` exactly what `add` would.
 */
export interface RowSink {
  add(batch: RowBatch, from: number): void;
  row?(bytes: Uint8Array, start: number, end: number, delimiter: number): number;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
/**
 * After this many lines refused by the fast path, if they are over an eighth of the lines it was
 * given, the rest of the file goes to csvParser: a file whose cells carry units or quotes would
 * otherwise pay for the fast attempt and the fallback on every row.
 */
const REFUSALS_TO_GIVE_UP = 256;

/** Delimiters of the fast path: none can be part of a number or a timestamp. */
const PLAIN_DELIMITERS = [',', ';', '\t', '|'];

/**
 * A function that hands the rows of each line block (in file order) to `sink` and returns how
 * many rows it held. `parser` is the csvParser that parsed the file so far; rows go on through
 * it while it holds an unended row, or when the fast path does not apply (no sink.row, lines
 * ending in a lone CR, another delimiter), or after too many refusals (see
 * REFUSALS_TO_GIVE_UP). Otherwise quote-free lines go to sink.row, and from a line holding a
 * quote character the rest of the block goes through a csvParser, numbering lines on from there;
 * lines sink.row refuses are split at the delimiter and given to sink.add one by one. Rows, line
 * numbers and row texts are the same as csvParser gives.
 */
export function rowHandler(
  sink: RowSink,
  delimiter: string,
  newline: '\n' | '\r',
  parser: CsvParser,
): (block: LineBlock) => number {
  const fast = sink.row !== undefined && newline === '\n' && PLAIN_DELIMITERS.includes(delimiter);
  const delimiterByte = delimiter.charCodeAt(0);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let general: CsvParser | null = fast && !parser.holding ? null : parser;
  let line = parser.nextLine;
  let given = 0;
  let refused = 0;
  let gaveUp = false;

  /** Rows of `text` through the general parser (ended there at the input's end); their count. */
  function parse(text: string, last: boolean): number {
    general ??= csvParser(delimiter, newline, line);
    let rows = 0;
    for (const batch of last ? [general.push(text), general.end()] : [general.push(text)]) {
      sink.add(batch, 0);
      rows += batch.rows.length;
    }
    line = general.nextLine;
    if (fast && !general.holding && !gaveUp) general = null;
    return rows;
  }

  /** The line at bytes[start, end) (its LF included) as a parsed row for sink.add. */
  function addLine(bytes: Uint8Array, start: number, end: number): void {
    let stop = bytes[end - 1] === LF ? end - 1 : end;
    if (bytes[stop - 1] === CR) stop--;
    const text = decoder.decode(bytes.subarray(start, stop));
    sink.add({ rows: [text.split(delimiter)], lines: [line], rawText: () => text }, 0);
  }

  return ({ bytes, last }) => {
    if (!fast || general !== null) return parse(decoder.decode(bytes), last);
    const row = sink.row!.bind(sink);
    const n = bytes.length;
    const quote = bytes.indexOf(QUOTE);
    /** Where the line holding the first quote starts: lines before it are plain. */
    const plainEnd = quote < 0 ? n : bytes.lastIndexOf(LF, quote) + 1;
    let rows = 0;
    let p = 0;
    while (p < plainEnd) {
      const c = bytes[p];
      if (c === LF || (c === CR && (p + 1 === n || bytes[p + 1] === LF))) {
        p += c === LF ? 1 : 2;
        line++;
        continue;
      }
      rows++;
      const next = row(bytes, p, plainEnd, delimiterByte);
      if (next >= 0) {
        p = next;
        line++;
        given++;
        continue;
      }
      const lf = bytes.indexOf(LF, p);
      const end = lf < 0 || lf >= plainEnd ? plainEnd : lf + 1;
      addLine(bytes, p, end);
      p = end;
      line++;
      refused++;
      if (refused >= REFUSALS_TO_GIVE_UP && refused * 8 > refused + given) {
        gaveUp = true;
        return rows + parse(decoder.decode(bytes.subarray(p)), last);
      }
    }
    return p < n ? rows + parse(decoder.decode(bytes.subarray(p)), last) : rows;
  };
}
