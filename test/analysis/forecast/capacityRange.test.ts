import { describe, expect, it } from 'vitest';
import { capacityRange } from '../../../src/analysis/forecast/capacityRange';

describe('capacityRange', () => {
  it('reads earliest, expected and latest crossings off upper, mean and lower', () => {
    const f = { mean: [1, 5, 9], lower: [0, 3, 7], upper: [2, 7, 11] };
    expect(capacityRange(f, 6)).toEqual({ earliest: 2, expected: 3, latest: 3 });
    expect(capacityRange(f, 100)).toEqual({ earliest: null, expected: null, latest: null });
  });
});
