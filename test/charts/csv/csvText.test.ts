import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText, isoTime, withUnit } from '../../../src/charts/csv/csvText';

/** The records of `text` as PapaParse's own parser reads them back (RFC 4180, CRLF). */
function parsed(text: string): string[][] {
  const parser = new Papa.Parser({ delimiter: ',', newline: '\r\n' });
  return parser.parse(text, 0, false).data;
}

describe('csvText', () => {
  it('csvText(header, rows) writes comma-separated records, each ended by CRLF', () => {
    expect(
      csvText(
        ['a', 'b'],
        [
          ['x', 1],
          ['y', 2],
        ],
      ),
    ).toBe('a,b\r\nx,1\r\ny,2\r\n');
  });

  it('csvText(header, []) is the header line alone', () => {
    expect(csvText(['time', 'value'], [])).toBe('time,value\r\n');
  });

  it('writes numbers in full precision, as String(x) does', () => {
    const numbers = [
      0.1 + 0.2,
      1 / 3,
      1e-7,
      123456789012345680000,
      -0.5,
      5e-324,
      -1.7976931348623157e308,
    ];
    expect(
      csvText(
        ['x'],
        numbers.map((x) => [x]),
      ),
    ).toBe(`x\r\n${numbers.map((x) => String(x)).join('\r\n')}\r\n`);
    expect(csvText(['x'], [[0.30000000000000004]])).toBe('x\r\n0.30000000000000004\r\n');
  });

  it('writes NaN and null as empty fields, and ±Infinity as String(x)', () => {
    expect(csvText(['a', 'b', 'c', 'd'], [[NaN, null, Infinity, -Infinity]])).toBe(
      'a,b,c,d\r\n,,Infinity,-Infinity\r\n',
    );
  });

  it.each([
    ['a comma', 'cpu{host="a",dc="x"}', '"cpu{host=""a"",dc=""x""}"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'two\nlines', '"two\nlines"'],
    ['a carriage return', 'two\r\nlines', '"two\r\nlines"'],
    ['a leading space', ' padded', '" padded"'],
    ['a trailing space', 'padded ', '"padded "'],
  ])('quotes a field with %s (RFC 4180), doubling its quotes', (_, field, written) => {
    expect(csvText(['name'], [[field]])).toBe(`name\r\n${written}\r\n`);
    expect(parsed(csvText(['name'], [[field]]))[1]).toEqual([field]);
  });

  it('leaves a plain field unquoted', () => {
    expect(csvText(['name'], [['web-01']])).toBe('name\r\nweb-01\r\n');
  });

  it.each([
    ['=', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+', '+1+2', `"'+1+2"`],
    ['-', '-2+3', `"'-2+3"`],
    ['@', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a tab', '\t=1', `"'\t=1"`],
    ['a carriage return', '\r=1', `"'\r=1"`],
  ])(
    'puts a single quote before a text field starting with %s (OWASP), and quotes it',
    (_, field, written) => {
      expect(csvText(['name'], [[field]])).toBe(`name\r\n${written}\r\n`);
    },
  );

  it('escapes a formula that spans lines too (PapaParse’s own pattern stops at the line break)', () => {
    expect(csvText(['name'], [['=1+1\nmore']])).toBe(`name\r\n"'=1+1\nmore"\r\n`);
  });

  it('escapes a formula in the header as in any field', () => {
    expect(csvText(['=cmd'], [])).toBe(`"'=cmd"\r\n`);
  });

  it('never escapes a number: negative numbers stay numbers', () => {
    expect(csvText(['x', 'y'], [[-3, -0.25]])).toBe('x,y\r\n-3,-0.25\r\n');
  });

  it('does not escape a text field with = + - @ after its first character', () => {
    expect(csvText(['name'], [['a=b+c-d@e']])).toBe('name\r\na=b+c-d@e\r\n');
  });
});

describe('isoTime', () => {
  it('isoTime(ms) is the ISO-8601 UTC timestamp with milliseconds', () => {
    expect(isoTime(Date.UTC(2024, 0, 31, 9, 5, 7, 12))).toBe('2024-01-31T09:05:07.012Z');
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('isoTime of NaN, ±Infinity or a time no Date can hold is null', () => {
    expect(isoTime(NaN)).toBeNull();
    expect(isoTime(Infinity)).toBeNull();
    expect(isoTime(-Infinity)).toBeNull();
    expect(isoTime(8.64e15 + 1)).toBeNull();
    expect(isoTime(8.64e15)).toBe('+275760-09-13T00:00:00.000Z');
  });
});

describe('withUnit', () => {
  it('withUnit(name, unit) puts the unit in parentheses, and leaves a unitless name alone', () => {
    expect(withUnit('value', 'ms')).toBe('value (ms)');
    expect(withUnit('value', '')).toBe('value');
  });
});
