// @vitest-environment jsdom
import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { darkTheme, lightTheme } from '../../../src/charts/theme';
import { useChartTheme } from '../../../src/components/chart/useChartTheme';
import { App } from '../../../src/components/shell/App';
import { ThemeSelect } from '../../../src/components/shell/ThemeSelect';
import { setTheme } from '../../../src/store/settings';
import { resetStore, store, THEME_KEY } from '../../../src/store/state';
import { setPrefersDark } from '../renderWithStore';

vi.mock('../../../src/components/chart/echarts', () => import('../fakeEcharts'));

const select = () => screen.getByRole('combobox', { name: 'Theme' });
const html = document.documentElement;

describe('ThemeSelect', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    setTheme('system');
    delete html.dataset.theme;
  });

  it('offers System, Light and Dark, with System chosen at first', () => {
    render(<ThemeSelect />);
    expect(
      within(select())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['System', 'Light', 'Dark']);
    expect(select()).toHaveDisplayValue('System');
  });

  it('is reached with the keyboard and sets the store’s theme, remembered under THEME_KEY', async () => {
    const user = userEvent.setup();
    render(<ThemeSelect />);
    await user.tab();
    expect(select()).toHaveFocus();
    await user.selectOptions(select(), 'Dark');
    expect(store.getState().theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    await user.selectOptions(select(), 'Light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
    // The system's scheme is the default: nothing to remember.
    await user.selectOptions(select(), 'System');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('opens on the theme remembered from the last visit', () => {
    localStorage.setItem(THEME_KEY, 'dark');
    resetStore();
    render(<ThemeSelect />);
    expect(select()).toHaveDisplayValue('Dark');
  });

  it('sets data-theme on <html> for the page’s colours, before the page is painted', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(html.dataset.theme).toBe('system');
    await user.selectOptions(select(), 'Dark');
    expect(html.dataset.theme).toBe('dark');
    await user.selectOptions(select(), 'Light');
    expect(html.dataset.theme).toBe('light');
  });

  it('switches the charts’ theme with the page: Light and Dark whatever the system says', async () => {
    const user = userEvent.setup();
    render(<ThemeSelect />);
    const { result } = renderHook(() => useChartTheme());
    act(() => setPrefersDark(true));
    expect(result.current).toBe(darkTheme);
    await user.selectOptions(select(), 'Light');
    expect(result.current).toBe(lightTheme);
    act(() => setPrefersDark(false));
    await user.selectOptions(select(), 'Dark');
    expect(result.current).toBe(darkTheme);
    act(() => setPrefersDark(true));
    expect(result.current).toBe(darkTheme);
    // System follows prefers-color-scheme again, live.
    await user.selectOptions(select(), 'System');
    expect(result.current).toBe(darkTheme);
    act(() => setPrefersDark(false));
    expect(result.current).toBe(lightTheme);
  });
});
