import { describe, expect, it } from 'vitest';
import { delimiterName } from '../../../src/components/dataIn/delimiterName';

describe('delimiterName', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
    [' ', 'space'],
    [':', '":"'],
  ])('delimiterName(%j) is %s', (delimiter, name) => {
    expect(delimiterName(delimiter)).toBe(name);
  });
});
