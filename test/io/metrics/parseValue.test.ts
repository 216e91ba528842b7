import { describe, expect, it } from 'vitest';
import { MISSING_TOKENS, parseValue } from '../../../src/io/metrics/parseValue';

describe('parseValue', () => {
  it.each([
    ['42', 42],
    ['-1.5', -1.5],
    ['+.5', 0.5],
    ['1e-3', 0.001],
    [' 7 ', 7],
    ['0', 0],
    ['-0', -0],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
  ])('parseValue(%j) is %d', (text, expected) => {
    expect(parseValue(text)).toBe(expected);
  });

  it.each([...MISSING_TOKENS, ' ', ' N/A '])('parseValue(%j) is NaN (missing)', (text) => {
    expect(parseValue(text)).toBeNaN();
  });

  it('has exactly the documented missing tokens', () => {
    expect([...MISSING_TOKENS]).toEqual([
      '',
      'NaN',
      'nan',
      'null',
      'NULL',
      '-',
      'N/A',
      'undefined',
    ]);
  });

  it.each(['abc', '1,5', '12 ms', '0x1F', '0b11', '0o7', '1_000', 'inf', 'None'])(
    'parseValue(%j) is null (not a number)',
    (text) => {
      expect(parseValue(text)).toBeNull();
    },
  );
});
