// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCatalogueSeries } from '../../../../src/components/panels/common/useCatalogueSeries';
import { loadDemo } from '../../../../src/store/loading';
import { connectStore } from '../../renderWithStore';

describe('useCatalogueSeries', () => {
  it('gives the loaded series’ catalogue entry, or undefined for an unknown name', async () => {
    connectStore();
    await loadDemo();
    expect(renderHook(() => useCatalogueSeries('storage used (GB)')).result.current).toEqual({
      name: 'storage used (GB)',
      metric: 'storage_used',
      labels: {},
      length: 90,
      unit: 'GB',
      timed: false,
      missing: 0,
    });
    expect(renderHook(() => useCatalogueSeries('cpu{host="web-03"}')).result.current).toEqual({
      name: 'cpu{host="web-03"}',
      metric: 'cpu',
      labels: { host: 'web-03' },
      length: 24,
      unit: '%',
      timed: true,
      missing: 0,
    });
    expect(renderHook(() => useCatalogueSeries('nope')).result.current).toBeUndefined();
    expect(renderHook(() => useCatalogueSeries(null)).result.current).toBeUndefined();
  });
});
