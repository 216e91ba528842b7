import { describe, expect, it } from 'vitest';
import { forgetLastResults, lastResult, sameParts } from '../../src/analysis/lastResult';

describe('lastResult', () => {
  it('answers the same key from the cache and makes a new key afresh, given what it kept', () => {
    const cache = lastResult<[number, string], { made: number }>(sameParts);
    let made = 0;
    const previous: ({ made: number } | null)[] = [];
    const make = (kept: { made: number } | null) => {
      previous.push(kept);
      return { made: ++made };
    };
    const first = cache.get([1, 'a'], make);
    expect(cache.get([1, 'a'], make)).toBe(first);
    const second = cache.get([2, 'a'], make);
    expect(second).toEqual({ made: 2 });
    expect(previous).toEqual([null, first]);
  });

  it('keeps nothing when make throws, and nothing once forgetLastResults has run', () => {
    const cache = lastResult<[number], string>(sameParts);
    cache.get([1], () => 'one');
    expect(() =>
      cache.get([2], () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(cache.get([1], (kept) => `again after ${String(kept)}`)).toBe('again after null');
    forgetLastResults();
    expect(cache.get([1], (kept) => `after forgetting: ${String(kept)}`)).toBe(
      'after forgetting: null',
    );
  });

  it('sameParts compares tuples part by part, by identity', () => {
    const values = new Float64Array(2);
    expect(sameParts([values, 3], [values, 3])).toBe(true);
    expect(sameParts([values, 3], [values.slice(), 3])).toBe(false);
    expect(sameParts([values], [values, undefined])).toBe(false);
  });
});
