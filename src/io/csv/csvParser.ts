import Papa from 'papaparse';

/** The complete rows of one parsed piece of CSV text, each with the physical line it starts on. */
export interface RowBatch {
  /** The fields of each row, in file order. Blank lines are left out. */
  readonly rows: string[][];
  /** lines[i] is the 1-based physical line rows[i] starts on; newlines inside quotes count. */
  readonly lines: number[];
  /** Row i as it stands in the file: all its physical lines, without the final line end. */
  rawText(i: number): string;
}

/** An incremental CSV parser: text goes in piece by piece, complete rows come out. */
export interface CsvParser {
  /** Appends `text` to what came before and returns every row completed so far. */
  push(text: string): RowBatch;
  /** Parses what is left (a last line without a line end) and returns its rows. */
  end(): RowBatch;
  /** The line the text held back, or else the text pushed next, starts on. */
  readonly nextLine: number;
  /** True when text is held back for the next push: a row not yet ended (an open quote, say). */
  readonly holding: boolean;
}

const CR = 13;

/** How many times `char` occurs in `text`. */
function countChar(text: string, char: string): number {
  let n = 0;
  for (let p = text.indexOf(char); p !== -1; p = text.indexOf(char, p + 1)) n++;
  return n;
}

/** Newlines inside the fields of `row` (only quoted fields can hold any). */
function embeddedNewlines(row: string[], newline: string): number {
  let n = 0;
  for (const field of row) if (field.includes(newline)) n += countChar(field, newline);
  return n;
}

/** Lines [line, line + span) of `text`, whose first line is `firstLine`, without the last CR. */
function linesOf(text: string, firstLine: number, line: number, span: number, newline: string) {
  let start = 0;
  for (let k = firstLine; k < line; k++) start = text.indexOf(newline, start) + 1;
  let end = start - 1;
  for (let k = 0; k < span; k++) {
    end = text.indexOf(newline, end + 1);
    if (end === -1) {
      end = text.length;
      break;
    }
  }
  const raw = text.slice(start, end);
  return raw.charCodeAt(raw.length - 1) === CR ? raw.slice(0, -1) : raw;
}

/**
 * An incremental RFC 4180 parser over PapaParse's low-level Parser: quoted fields may hold the
 * delimiter, doubled quotes and newlines. Rows end at `newline` ('\n' also ends CRLF rows: the
 * trailing CR is dropped). Line numbers are exact: a row's newlines inside quotes are counted
 * from its fields, only in the pieces whose newline count shows that some exist. The text starts
 * on line `firstLine`. A row held back for a quote not yet closed is parsed again only when a
 * push brings a quote character.
 * @example csvParser(',').push('a,"b\nc"\n1,2\n').lines // [1, 3]
 */
export function csvParser(
  delimiter: string,
  newline: '\n' | '\r' = '\n',
  firstLine = 1,
): CsvParser {
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  let rest = '';
  let nextLine = firstLine;
  /** True when `rest` is held for a quoted field not yet closed (it ends with a line end). */
  let openQuote = false;

  function batch(input: string, final: boolean): RowBatch {
    const result = parser.parse(input, 0, !final);
    const all = result.data;
    const consumed = final ? input.length : result.meta.cursor;
    const text = input.slice(0, consumed);
    rest = input.slice(consumed);
    openQuote = !final && rest.endsWith(newline);
    const firstLine = nextLine;
    const newlines = countChar(text, newline);
    // Without `final` every row returned ends with a line end; with it, the last row does not.
    const ends = final && consumed > 0 ? all.length - 1 : all.length;
    const quotedNewlines = newlines > ends;
    const rows: string[][] = [];
    const lines: number[] = [];
    let line = firstLine;
    for (const row of all) {
      const last = row[row.length - 1];
      if (last.charCodeAt(last.length - 1) === CR) row[row.length - 1] = last.slice(0, -1);
      if (row.length > 1 || row[0] !== '') {
        rows.push(row);
        lines.push(line);
      }
      line += 1 + (quotedNewlines ? embeddedNewlines(row, newline) : 0);
    }
    nextLine = firstLine + newlines;
    const rawText = (i: number) =>
      linesOf(text, firstLine, lines[i], 1 + embeddedNewlines(rows[i], newline), newline);
    return { rows, lines, rawText };
  }

  const none: RowBatch = { rows: [], lines: [], rawText: () => '' };
  return {
    // A quoted field left open stays open until a quote comes: parsing it again on every push
    // would make an unclosed quote early in a large file quadratic.
    push: (text) => {
      if (openQuote && !text.includes('"')) {
        rest += text;
        return none;
      }
      return batch(rest + text, false);
    },
    end: () => batch(rest, true),
    get nextLine() {
      return nextLine;
    },
    get holding() {
      return rest !== '';
    },
  };
}
