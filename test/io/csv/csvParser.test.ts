import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvParser, type RowBatch } from '../../../src/io/csv/csvParser';

/** Rows, lines and raw texts of `pieces` pushed one after another, then end(). */
function parseAll(pieces: string[], delimiter = ',', newline: '\n' | '\r' = '\n') {
  const parser = csvParser(delimiter, newline);
  const batches: RowBatch[] = [...pieces.map((piece) => parser.push(piece)), parser.end()];
  return {
    rows: batches.flatMap((b) => b.rows),
    lines: batches.flatMap((b) => b.lines),
    texts: batches.flatMap((b) => b.rows.map((_, i) => b.rawText(i))),
  };
}

describe('csvParser', () => {
  it('push(text) returns complete rows with consecutive 1-based line numbers', () => {
    const batch = csvParser(',').push('a,b\n1,2\n3,4\n');
    expect(batch.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(batch.lines).toEqual([1, 2, 3]);
  });

  it('reads quoted delimiters, doubled quotes and quoted newlines (RFC 4180)', () => {
    const { rows } = parseAll(['x,"a,b","say ""hi""","two\nlines"\n']);
    expect(rows).toEqual([['x', 'a,b', 'say "hi"', 'two\nlines']]);
  });

  it('counts newlines inside quotes in the line numbers of later rows', () => {
    const { lines } = parseAll(['h\n"a\nb\nc"\nd\n"e\r\nf"\ng\n']);
    expect(lines).toEqual([1, 2, 5, 6, 8]);
  });

  it('leaves out blank lines but counts them', () => {
    const { rows, lines } = parseAll(['a\n\n\nb\r\n\r\nc\n\n']);
    expect(rows).toEqual([['a'], ['b'], ['c']]);
    expect(lines).toEqual([1, 4, 6]);
  });

  it('drops the CR of CRLF line ends, after quoted last fields too', () => {
    const { rows } = parseAll(['a,b\r\n1,"2"\r\n3,4']);
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps an incomplete last line for the next push, and end() returns it', () => {
    const parser = csvParser(',');
    expect(parser.push('a,b\n1,').rows).toEqual([['a', 'b']]);
    expect(parser.push('2\n3,').rows).toEqual([['1', '2']]);
    const last = parser.end();
    expect(last.rows).toEqual([['3', '']]);
    expect(last.lines).toEqual([3]);
  });

  it('end() on a file ending with a line end returns no extra row', () => {
    expect(parseAll(['a\n']).rows).toEqual([['a']]);
  });

  it('numbers lines from firstLine', () => {
    expect(csvParser(',', '\n', 2).push('a\nb\n').lines).toEqual([2, 3]);
  });

  it('reads files whose lines end in a lone CR', () => {
    const { rows, lines } = parseAll(['a;b\r1;2\r\r3;4'], ';', '\r');
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(lines).toEqual([1, 2, 4]);
  });

  it('rawText(i) is the row as written, all its lines, without the line end', () => {
    const { texts } = parseAll(['a,"b\r\nc"\r\n"d ""e""",f\r\n\r\ng\r\n']);
    expect(texts).toEqual(['a,"b\r\nc"', '"d ""e""",f', 'g']);
  });

  it('rawText(i) of a row with a stray quote in an unquoted field is that one line', () => {
    expect(parseAll(['a,5" screen,b\nc\n']).texts).toEqual(['a,5" screen,b', 'c']);
  });

  it('gives the same rows, lines and texts however the text is cut into pieces', () => {
    const cell = fc.constantFrom('1', 'ab', '', '"q,"', '"x""y"', '"l1\nl2"', '"c\r\nd"');
    const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    const end = fc.constantFrom('\n', '\r\n');
    const text = fc
      .array(fc.tuple(line, end), { minLength: 1, maxLength: 12 })
      .map((lines) => lines.map(([l, e]) => l + e).join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 5 }), (csv, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (csv.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((start, k) => csv.slice(start, [...at, csv.length][k]));
        expect(parseAll(pieces)).toEqual(parseAll([csv]));
      }),
    );
  });

  it('holds a row whose quote never closes without parsing it again on each push, and end() returns it whole', () => {
    const line = 'x,1,2,3,4,5,6,7,8,9\n';
    const parser = csvParser(',');
    expect(parser.push('h\n"open,').rows).toEqual([['h']]);
    // 20 MB in 20,000 pushes: parsing the held row again on each would take minutes.
    const piece = line.repeat(50);
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) expect(parser.push(piece).rows).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(parser.holding).toBe(true);
    expect(parser.nextLine).toBe(2);
    const last = parser.end();
    expect(last.lines).toEqual([2]);
    expect(last.rows[0]).toHaveLength(1);
    expect(last.rows[0][0]).toHaveLength('open,'.length + piece.length * 20_000);
  });

  it('parses the held row again once a push brings a quote, closing it', () => {
    const parser = csvParser(',');
    expect(parser.push('"a\n').rows).toEqual([]);
    expect(parser.push('b\n').rows).toEqual([]);
    expect(parser.push('c",1\nd,2\n').rows).toEqual([
      ['a\nb\nc', '1'],
      ['d', '2'],
    ]);
    expect(parser.nextLine).toBe(5);
    expect(parser.holding).toBe(false);
  });
});
