import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/io/errorMessage';

describe('errorMessage', () => {
  it.each([
    [new Error('Failed to fetch'), 'Failed to fetch'],
    [new DOMException('The operation was aborted.', 'AbortError'), 'The operation was aborted.'],
    ['plain text thrown', 'plain text thrown'],
    [42, '42'],
    [undefined, 'undefined'],
  ])('errorMessage(%j) is %j', (error, text) => {
    expect(errorMessage(error)).toBe(text);
  });
});
