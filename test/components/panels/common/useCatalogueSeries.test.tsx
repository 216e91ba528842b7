// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCatalogueSeries } from '../../../../src/components/panels/common/useCatalogueSeries';
import { loadDemo } from '../../../../src/store/store';
import { connectStore } from '../../renderWithStore';

describe('useCatalogueSeries', () => {
  it('gives the loaded series’ catalogue entry, or undefined for an unknown name', async () => {
    connectStore();
    await loadDemo();
    expect(renderHook(() => useCatalogueSeries('storage used (GB)')).result.current).toEqual({
      name: 'storage used (GB)',
      length: 90,
      unit: 'GB',
      timed: false,
      missing: 0,
    });
    expect(renderHook(() => useCatalogueSeries('nope')).result.current).toBeUndefined();
  });
});
