// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTheme } from '../../src/store/settings';
import { resetStore, store, THEME_KEY } from '../../src/store/state';

describe('setTheme', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    resetStore();
  });

  it('setTheme(theme) sets the theme and keeps it under THEME_KEY for the next visit', () => {
    setTheme('dark');
    expect(store.getState().theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    resetStore();
    expect(store.getState().theme).toBe('dark');
  });

  it("setTheme('system') forgets a theme chosen before: the next visit follows the system", () => {
    setTheme('light');
    setTheme('system');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
    resetStore();
    expect(store.getState().theme).toBe('system');
  });

  it('a remembered value that is not a theme reads as the system’s', () => {
    localStorage.setItem(THEME_KEY, '<script>');
    resetStore();
    expect(store.getState().theme).toBe('system');
  });
});
