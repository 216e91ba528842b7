// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { darkTheme, lightTheme, type ChartTheme } from '../../../src/charts/theme';
import { useOption } from '../../../src/components/chart/useOption';
import { setTimeZone } from '../../../src/store/settings';
import { setPrefersDark } from '../renderWithStore';

const build = vi.fn((view: { n: number }, theme: ChartTheme) => ({
  n: view.n,
  color: theme.accent,
  timeZone: theme.timeZone,
}));

describe('useOption', () => {
  afterEach(() => setTimeZone('utc'));

  it('is undefined until there is a view', () => {
    const { result } = renderHook(() => useOption(undefined, build));
    expect(result.current).toBeUndefined();
  });

  it('builds the option once per view and theme, not on every render', () => {
    build.mockClear();
    const first = { n: 1 };
    const { result, rerender } = renderHook(({ view }) => useOption(view, build), {
      initialProps: { view: first },
    });
    expect(result.current).toEqual({ n: 1, color: lightTheme.accent, timeZone: 'utc' });
    const option = result.current;
    rerender({ view: first });
    expect(result.current).toBe(option);
    rerender({ view: { n: 2 } });
    expect(result.current).toEqual({ n: 2, color: lightTheme.accent, timeZone: 'utc' });
    act(() => setPrefersDark(true));
    expect(result.current).toEqual({ n: 2, color: darkTheme.accent, timeZone: 'utc' });
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('rebuilds the option when the display time zone changes, and only then', () => {
    build.mockClear();
    const view = { n: 1 };
    const { result, rerender } = renderHook(() => useOption(view, build));
    expect(result.current).toMatchObject({ timeZone: 'utc' });
    act(() => setTimeZone('local'));
    expect(result.current).toMatchObject({ timeZone: 'local' });
    rerender();
    expect(build).toHaveBeenCalledTimes(2);
  });
});
