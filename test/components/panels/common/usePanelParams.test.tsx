// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { usePanelParams } from '../../../../src/components/panels/common/usePanelParams';
import { setParams } from '../../../../src/store/refresh';
import { connectStore } from '../../renderWithStore';
import { loadDemo } from '../../../../src/store/loading';

describe('usePanelParams', () => {
  it('gives the panel’s current parameters, following setParams', async () => {
    connectStore();
    await loadDemo();
    const { result, rerender } = renderHook(() => usePanelParams('sla'));
    expect(result.current).toEqual({ series: 'SLA latency (ms)', target: 200, apdexT: 200 });
    setParams('sla', { target: 300 });
    rerender();
    expect(result.current.target).toBe(300);
  });

  it('throws when no data set is loaded', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => usePanelParams('sla'))).toThrow(
      'The sla panel needs a loaded data set',
    );
  });
});
