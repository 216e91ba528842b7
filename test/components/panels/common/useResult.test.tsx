// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useResult } from '../../../../src/components/panels/common/useResult';
import { loadDemo } from '../../../../src/store/loading';
import { setParams } from '../../../../src/store/refresh';
import { store } from '../../../../src/store/state';
import { connectStore } from '../../renderWithStore';

describe('useResult', () => {
  it('is undefined before the first result, then the newest result of that panel', async () => {
    connectStore();
    const { result } = renderHook(() => useResult('loadBalance'));
    expect(result.current).toBeUndefined();
    await loadDemo();
    await waitFor(() => expect(result.current).toBe(store.getState().results.loadBalance));
    setParams('loadBalance', { tolerance: 0.4 });
    await waitFor(() =>
      expect(result.current?.upperLimit).toBeCloseTo(result.current!.expected * 1.4),
    );
  });

  it('is undefined while the panel’s analysis says what it needs instead of giving numbers', async () => {
    connectStore();
    await loadDemo();
    const { result } = renderHook(() => useResult('sla'));
    expect(result.current).toHaveProperty('apdex');
    expect(result.current).toBe(store.getState().results.sla);
    setParams('sla', { series: null });
    await waitFor(() => expect(store.getState().results.sla).toHaveProperty('needs'));
    expect(result.current).toBeUndefined();
  });
});
