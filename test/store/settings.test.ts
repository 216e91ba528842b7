// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isNeeds } from '../../src/analysis/views/needs';
import { loadDemo } from '../../src/store/loading';
import { setTheme, setZoom } from '../../src/store/settings';
import { attachClient, resetStore, store, THEME_KEY } from '../../src/store/state';
import { createApi } from '../../src/worker/api';
import { harness, type Harness } from '../helpers/workerHarness';

/** The Overview's newest result, which must hold figures. */
function overviewResult() {
  const result = store.getState().results.overview;
  if (result === undefined || isNeeds(result)) throw new Error('no Overview figures');
  return result;
}

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

describe('setZoom', () => {
  const RANGE = { start: 1_000, end: 5_000 };
  let open: Harness | undefined;
  afterEach(() => {
    attachClient(null);
    open?.close();
    open = undefined;
    resetStore();
  });

  it('setZoom(range) zooms to it; setZoom(null) shows the whole series', () => {
    setZoom(RANGE);
    expect(store.getState().zoom).toEqual(RANGE);
    setZoom(null);
    expect(store.getState().zoom).toBeNull();
  });

  it.each([
    ['reversed', { start: 5_000, end: 1_000 }],
    ['empty', { start: 1_000, end: 1_000 }],
    ['not finite', { start: NaN, end: 1_000 }],
  ])('setZoom(a %s range) is no zoom', (_, range) => {
    setZoom(RANGE);
    setZoom(range);
    expect(store.getState().zoom).toBeNull();
  });

  it('setZoom(the range already shown) changes nothing, so charts redrawn at it do not loop', () => {
    setZoom(RANGE);
    const changes = vi.fn();
    const unsubscribe = store.subscribe(changes);
    setZoom({ ...RANGE });
    setZoom(RANGE);
    unsubscribe();
    expect(changes).not.toHaveBeenCalled();
  });

  it('setZoom(range) recomputes the Overview over the range, and setZoom(null) over the whole series', async () => {
    open = harness(createApi());
    attachClient(open.client);
    await loadDemo();
    const whole = overviewResult();
    const first = whole.lines[0].x[0];
    const range = { start: first, end: first + 3_600_000 };
    setZoom(range);
    await vi.waitFor(() => expect(overviewResult().range).toEqual(range));
    expect(overviewResult().summary.count).toBeLessThan(whole.summary.count);
    setZoom(null);
    await vi.waitFor(() => expect(overviewResult().range).toBeNull());
    expect(overviewResult().summary).toEqual(whole.summary);
  }, 30_000);
});
