// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from '../../../src/charts/theme';
import { useChartTheme } from '../../../src/components/chart/useChartTheme';
import { setTheme, setTimeZone } from '../../../src/store/settings';
import { setPrefersDark } from '../renderWithStore';

describe('useChartTheme', () => {
  afterEach(() => {
    setTimeZone('utc');
    setTheme('system');
  });

  it('is the light theme unless the user prefers a dark colour scheme', () => {
    expect(renderHook(() => useChartTheme()).result.current).toBe(lightTheme);
    setPrefersDark(true);
    expect(renderHook(() => useChartTheme()).result.current).toBe(darkTheme);
  });

  it('is the theme set in the store whatever the preference, and the preference’s for system', () => {
    const { result } = renderHook(() => useChartTheme());
    act(() => setTheme('dark'));
    expect(result.current).toBe(darkTheme);
    act(() => setPrefersDark(true));
    act(() => setTheme('light'));
    expect(result.current).toBe(lightTheme);
    act(() => setTheme('system'));
    expect(result.current).toBe(darkTheme);
  });

  it('follows a change of the preference while mounted', () => {
    const { result } = renderHook(() => useChartTheme());
    act(() => setPrefersDark(true));
    expect(result.current).toBe(darkTheme);
    act(() => setPrefersDark(false));
    expect(result.current).toBe(lightTheme);
  });

  it("carries the store's display time zone, one stable object per scheme and zone", () => {
    const { result, rerender } = renderHook(() => useChartTheme());
    expect(result.current.timeZone).toBe('utc');
    act(() => setTimeZone('local'));
    const local = result.current;
    expect(local).toEqual({ ...lightTheme, timeZone: 'local' });
    rerender();
    expect(result.current).toBe(local);
    expect(renderHook(() => useChartTheme()).result.current).toBe(local);
    act(() => setPrefersDark(true));
    expect(result.current).toEqual({ ...darkTheme, timeZone: 'local' });
    act(() => setTimeZone('utc'));
    expect(result.current).toBe(darkTheme);
  });
});
