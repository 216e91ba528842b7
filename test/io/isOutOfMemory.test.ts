import { describe, expect, it } from 'vitest';
import { isOutOfMemory } from '../../src/io/isOutOfMemory';

describe('isOutOfMemory', () => {
  it.each([
    [new RangeError('Array buffer allocation failed'), true],
    ['Uncaught RangeError: Array buffer allocation failed', true],
    [new RangeError('Invalid typed array length: 4294967296'), true],
    [new RangeError('Invalid array length'), true],
    ['Out of memory', true],
    [new RangeError('w must be an integer in [1, 10] (the length of x), got 0'), false],
    [new Error('boom'), false],
    [undefined, false],
  ])('isOutOfMemory(%s) is %s', (error, expected) => {
    expect(isOutOfMemory(error)).toBe(expected);
  });
});
