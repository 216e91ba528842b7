import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/io/metrics/layout';
import { parseIsoTimestamp } from '../../../src/io/metrics/parseIsoTimestamp';
import { parseValue } from '../../../src/io/metrics/parseValue';
import { plainRowParser } from '../../../src/io/metrics/plainRowParser';
import { timeParser } from '../../../src/io/metrics/timeParser';

const COMMA = 44;
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** A wide layout: the time column (parsed as `timeCells` say) then `values` value columns. */
function layout(timeCells: string[] | null, values = 1): Layout {
  const width = values + (timeCells ? 1 : 0);
  const parser = timeCells ? timeParser(timeCells, true) : null;
  return {
    format: 'wide',
    header: true,
    names: Array.from({ length: width }, (_, j) => `c${j}`),
    width,
    time: parser ? { index: 0, parser } : null,
    host: -1,
    metric: -1,
    labels: [],
    values: Array.from({ length: values }, (_, k) => k + (timeCells ? 1 : 0)),
  };
}

/** What the parser makes of one line: [next, ...out] or null when it refuses the line. */
function parseLine(l: Layout, line: string): { next: number; out: number[] } | null {
  const bytes = bytesOf(line);
  const out = new Float64Array(l.values.length + 1).fill(-999);
  const next = plainRowParser(l)(bytes, 0, bytes.length, COMMA, out);
  return next < 0 ? null : { next, out: [...out] };
}

const valueOnly = layout(null);

describe('plainRowParser', () => {
  it('reads a plain decimal as Number() does, for any double written with up to 17 digits', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 17 }),
        (x, digits) => {
          for (const text of [String(x), x.toFixed(Math.min(digits, 20)), x.toPrecision(digits)]) {
            const read = parseLine(valueOnly, `${text}\n`);
            expect(Object.is(read!.out[0], parseValue(text))).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads decimals of random digits exactly, with and without a point and a sign', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 0, maxLength: 20 }),
        fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 })),
        (negative, whole, fraction) => {
          const text = `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`;
          const read = parseLine(valueOnly, text);
          const expected = parseValue(text);
          if (expected === null) expect(read).toBeNull();
          else expect(Object.is(read!.out[0], expected)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['0.1', 0.1],
    ['-0', -0],
    ['', NaN],
    ['NaN', NaN],
    ['1e309', Infinity],
    ['  7  ', 7],
    ['9007199254740993', 9007199254740992],
  ])('reads the cell %j as %d', (text, value) => {
    expect(Object.is(parseLine(valueOnly, text)!.out[0], value)).toBe(true);
  });

  it.each(['abc', '0x1f', '1.5 kB', '1,5'])(
    'refuses the line "%s" (not a number, or 2 fields)',
    (text) => {
      expect(parseLine(valueOnly, text)).toBeNull();
    },
  );

  it('returns where the next line starts: after the LF, after CRLF, or the end', () => {
    expect(parseLine(valueOnly, '12\nnext')!.next).toBe(3);
    expect(parseLine(valueOnly, '12\r\nnext')!.next).toBe(4);
    expect(parseLine(valueOnly, '12')!.next).toBe(2);
    expect(parseLine(valueOnly, '12\r')!.next).toBe(3);
  });

  it('reads ISO 8601 timestamps as parseIsoTimestamp does, for random dates and shapes', () => {
    const l = layout(['2024-01-01T00:00:00Z']);
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        fc.constantFrom('T', ' '),
        fc.constantFrom(10, 16, 19, 21, 22, 23, 24, 26),
        fc.constantFrom('Z', '', '+05:30', '-08:00', '+0100', '+01'),
        (date, separator, length, zone) => {
          const iso = date.toISOString().replace('T', separator);
          const text =
            iso.slice(0, Math.min(length, 23)) +
            (length > 23 ? '123'.slice(0, length - 23) : '') +
            zone;
          const expected = parseIsoTimestamp(text);
          const read = parseLine(l, `${text},1`);
          if (Number.isNaN(expected)) expect(read).toBeNull();
          else expect(read!.out[1]).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps the cached date apart from a different date with the same time', () => {
    const l = layout(['2024-01-01T00:00:00Z']);
    const parse = plainRowParser(l);
    const bytes = bytesOf(
      '2024-01-01T10:00:00Z,1\n2024-01-02T10:00:00Z,1\n2024-02-30T10:00:00Z,1\n',
    );
    const out = new Float64Array(2);
    const next = parse(bytes, 0, bytes.length, COMMA, out);
    expect(out[1]).toBe(Date.UTC(2024, 0, 1, 10));
    const third = parse(bytes, next, bytes.length, COMMA, out);
    expect(out[1]).toBe(Date.UTC(2024, 0, 2, 10));
    expect(parse(bytes, third, bytes.length, COMMA, out)).toBe(-1);
  });

  it('reads epoch seconds and milliseconds as the time parser does', () => {
    const seconds = layout(['1700000000']);
    const ms = layout(['1700000000000']);
    for (const text of ['1700000000', '1700000000.366', '1700000000.5', '1.7e9', ' 1700000000']) {
      expect(parseLine(seconds, `${text},1`)!.out[1]).toBe(seconds.time!.parser.parse(text));
    }
    expect(parseLine(ms, '1700000000123,1')!.out[1]).toBe(1700000000123);
    expect(parseLine(seconds, 'x,1')).toBeNull();
    expect(parseLine(seconds, ',1')).toBeNull();
  });

  it('skips columns that are neither time nor value, whatever they hold', () => {
    const l: Layout = { ...layout(null, 1), width: 3, values: [1], names: ['x', 'a', 'y'] };
    expect(parseLine(l, 'any text é,2.5,\u00a0')!.out[0]).toBe(2.5);
    expect(parseLine(l, 'a,2.5')).toBeNull();
  });
});
