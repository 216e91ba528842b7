// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from '../../src/charts/theme';
import { useChartTheme } from '../../src/components/useChartTheme';
import { setPrefersDark } from './renderWithStore';

describe('useChartTheme', () => {
  it('is the light theme unless the user prefers a dark colour scheme', () => {
    expect(renderHook(() => useChartTheme()).result.current).toBe(lightTheme);
    setPrefersDark(true);
    expect(renderHook(() => useChartTheme()).result.current).toBe(darkTheme);
  });

  it('follows a change of the preference while mounted', () => {
    const { result } = renderHook(() => useChartTheme());
    act(() => setPrefersDark(true));
    expect(result.current).toBe(darkTheme);
    act(() => setPrefersDark(false));
    expect(result.current).toBe(lightTheme);
  });
});
