// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { darkTheme, lightTheme, type ChartTheme } from '../../src/charts/theme';
import { useOption } from '../../src/components/useOption';
import { setPrefersDark } from './renderWithStore';

const build = vi.fn((view: { n: number }, theme: ChartTheme) => ({
  n: view.n,
  color: theme.accent,
}));

describe('useOption', () => {
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
    expect(result.current).toEqual({ n: 1, color: lightTheme.accent });
    const option = result.current;
    rerender({ view: first });
    expect(result.current).toBe(option);
    rerender({ view: { n: 2 } });
    expect(result.current).toEqual({ n: 2, color: lightTheme.accent });
    act(() => setPrefersDark(true));
    expect(result.current).toEqual({ n: 2, color: darkTheme.accent });
    expect(build).toHaveBeenCalledTimes(3);
  });
});
