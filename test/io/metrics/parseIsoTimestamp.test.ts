import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasZone, parseIsoTimestamp } from '../../../src/io/metrics/parseIsoTimestamp';

describe('parseIsoTimestamp', () => {
  it.each([
    ['2014-02-14 14:30:00', Date.UTC(2014, 1, 14, 14, 30)],
    ['2014-02-14T14:30:00', Date.UTC(2014, 1, 14, 14, 30)],
    ['2014-02-14t14:30', Date.UTC(2014, 1, 14, 14, 30)],
    ['2014-02-14', Date.UTC(2014, 1, 14)],
    ['2014-02-14T14:30:00Z', Date.UTC(2014, 1, 14, 14, 30)],
    ['2014-02-14T14:30:00+01:00', Date.UTC(2014, 1, 14, 13, 30)],
    ['2014-02-14T14:30:00-0530', Date.UTC(2014, 1, 14, 20, 0)],
    ['2014-02-14T14:30:00+05', Date.UTC(2014, 1, 14, 9, 30)],
    ['2014-02-14T14:30:00.5Z', Date.UTC(2014, 1, 14, 14, 30, 0, 500)],
    ['2014-02-14T14:30:00,25', Date.UTC(2014, 1, 14, 14, 30, 0, 250)],
    ['2020-02-18T10:34:08.135814545Z', Date.UTC(2020, 1, 18, 10, 34, 8, 135)],
    ['2016-02-29T23:59:59Z', Date.UTC(2016, 1, 29, 23, 59, 59)],
    ['1969-12-31T23:59:59Z', -1000],
    ['0099-01-01', -59042995200000],
  ])('parseIsoTimestamp(%j) is %d', (text, expected) => {
    expect(parseIsoTimestamp(text)).toBe(expected);
  });

  it.each([
    '',
    'not a time',
    '2014-02-30',
    '2015-02-29',
    '2014-13-01',
    '2014-02-14T24:00:00',
    '2014-02-14T14:60',
    '2014-02-14T14:30:60',
    '2014-02-14T14:30:00.',
    '2014-02-14T14:30:00+05:',
    '2014-02-14T14:30:00 ',
    '2014/02/14 14:30:00',
    '1392388200',
  ])('parseIsoTimestamp(%j) is NaN', (text) => {
    expect(parseIsoTimestamp(text)).toBeNaN();
  });

  it('agrees with Date.parse on every zoned RFC 3339 timestamp', () => {
    const date = fc.date({
      min: new Date('0100-01-01Z'),
      max: new Date('9999-12-31Z'),
      noInvalidDate: true,
    });
    const offset = fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 });
    fc.assert(
      fc.property(date, offset, (d, minutes) => {
        const local = new Date(d.getTime() + minutes * 60_000).toISOString().slice(0, 23);
        const sign = minutes < 0 ? '-' : '+';
        const abs = Math.abs(minutes);
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(parseIsoTimestamp(local + zone)).toBe(Date.parse(local + zone));
      }),
    );
  });
});

describe('hasZone', () => {
  it.each([
    ['2014-02-14T14:30:00Z', true],
    ['2014-02-14T14:30:00.123+01:00', true],
    ['2014-02-14T14:30-0500', true],
    ['2014-02-14 14:30:00', false],
    ['2014-02-14T14:30:00.123', false],
    ['2014-02-14', false],
  ])('hasZone(%j) is %s', (text, expected) => {
    expect(hasZone(text)).toBe(expected);
  });
});
