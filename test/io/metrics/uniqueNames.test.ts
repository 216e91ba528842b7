import { describe, expect, it } from 'vitest';
import { uniqueNames } from '../../../src/io/metrics/uniqueNames';

describe('uniqueNames', () => {
  it('suffixes repeats with (2), (3), ...', () => {
    expect(uniqueNames(['cpu', 'cpu', 'mem', 'cpu'])).toEqual(['cpu', 'cpu (2)', 'mem', 'cpu (3)']);
  });

  it('skips suffixed names already taken', () => {
    expect(uniqueNames(['a (2)', 'a', 'a'])).toEqual(['a (2)', 'a', 'a (3)']);
  });

  it('names blank columns by their 1-based position', () => {
    expect(uniqueNames(['', 'x', ''])).toEqual(['column 1', 'x', 'column 3']);
  });
});
