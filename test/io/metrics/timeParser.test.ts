import { describe, expect, it } from 'vitest';
import { EPOCH_MS_FROM, timeParser } from '../../../src/io/metrics/timeParser';

describe('timeParser', () => {
  it('reads zone-less ISO text as UTC and says so with the layout it saw', () => {
    const parser = timeParser(['2014-02-14 14:30:00', '2014-02-14 14:35:00'], false)!;
    expect(parser.kind).toBe('iso-local-as-utc');
    expect(parser.note).toBe('YYYY-MM-DD HH:mm:ss read as UTC (the file gives no zone)');
    expect(parser.parse('2014-02-14 14:30:00')).toBe(Date.UTC(2014, 1, 14, 14, 30));
  });

  it.each([
    ['2014-02-14T14:30:00.123', 'YYYY-MM-DDTHH:mm:ss.SSS'],
    ['2014-02-14T14:30', 'YYYY-MM-DDTHH:mm'],
    ['2014-02-14', 'YYYY-MM-DD'],
  ])('describes %j as %s', (sample, layout) => {
    expect(timeParser([sample], false)!.note).toBe(
      `${layout} read as UTC (the file gives no zone)`,
    );
  });

  it('reads ISO text with a zone exactly', () => {
    const parser = timeParser(['2014-02-14T14:30:00+01:00'], false)!;
    expect(parser.kind).toBe('iso-zoned');
    expect(parser.parse('2014-02-14T14:30:00+01:00')).toBe(Date.UTC(2014, 1, 14, 13, 30));
  });

  it('parses cells with spaces around them and gives NaN for bad cells', () => {
    const parser = timeParser(['2014-02-14'], false)!;
    expect(parser.parse(' 2014-02-14 ')).toBe(Date.UTC(2014, 1, 14));
    expect(parser.parse('yesterday')).toBeNaN();
  });

  it('tells epoch seconds from milliseconds at 1e11', () => {
    expect(EPOCH_MS_FROM).toBe(1e11);
    const seconds = timeParser(['1392388200', '1392388500'], true)!;
    expect(seconds).toMatchObject({ kind: 'epoch-s', note: 'epoch seconds (numbers below 1e11)' });
    expect(seconds.parse('1392388200.5')).toBe(1392388200500);
    const ms = timeParser(['1392388200000'], true)!;
    expect(ms.kind).toBe('epoch-ms');
    expect(ms.parse('1392388200000')).toBe(1392388200000);
    expect(timeParser(['99999999999'], true)!.kind).toBe('epoch-s');
    expect(timeParser(['100000000000'], true)!.kind).toBe('epoch-ms');
  });

  it.each([
    ['1653643420', 'epoch-s', 1653643420000],
    ['1653643420123', 'epoch-ms', 1653643420123],
    ['1653643420123456', 'epoch-us', 1653643420123],
    ['1653643420123999999', 'epoch-ns', 1653643420123],
  ] as const)('reads %s as %s, to the millisecond', (cell, kind, ms) => {
    const parser = timeParser([cell], true)!;
    expect(parser.kind).toBe(kind);
    expect(parser.parse(cell)).toBe(ms);
  });

  it('tells units apart at 1e11, 1e14 and 1e17, the same rule for every column', () => {
    expect(timeParser(['99999999999999'], true)!.kind).toBe('epoch-ms');
    expect(timeParser(['100000000000000'], true)!.kind).toBe('epoch-us');
    expect(timeParser(['99000000000000000'], true)!.kind).toBe('epoch-us');
    expect(timeParser(['100000000000000000'], true)!.kind).toBe('epoch-ns');
  });

  it("truncates Telegraf's nanoseconds to the millisecond, never a date out of range", () => {
    const parser = timeParser(['1717163790675899148'], true)!;
    expect(new Date(parser.parse('1717163790675899148')).toISOString()).toBe(
      '2024-05-31T13:56:30.675Z',
    );
  });

  it('gives NaN for epoch cells that are missing tokens or infinite', () => {
    const parser = timeParser(['1392388200'], true)!;
    expect(parser.parse('')).toBeNaN();
    expect(parser.parse('Infinity')).toBeNaN();
  });

  it('refuses numbers unless epoch is allowed', () => {
    expect(timeParser(['1392388200'], false)).toBeNull();
  });

  it('follows the majority of non-blank cells and ignores blanks', () => {
    expect(timeParser(['2014-02-14', 'bad', '', '2014-02-15'], false)!.kind).toBe(
      'iso-local-as-utc',
    );
    expect(timeParser(['2014-02-14', 'bad', 'worse'], false)).toBeNull();
    expect(timeParser(['', ' '], true)).toBeNull();
  });
});
