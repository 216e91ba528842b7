/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import '../src/styles.css';

const LIGHT_BG = 'rgb(244, 246, 248)';
const DARK_BG = 'rgb(15, 18, 22)';

const html = document.documentElement;
const background = () => getComputedStyle(html).backgroundColor;

/** Has Chromium report `scheme` as the system's prefers-color-scheme. */
async function systemScheme(scheme: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: scheme }],
  });
  expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(scheme === 'dark');
}

describe('styles.css colour schemes in Chromium', () => {
  afterEach(() => delete html.dataset.theme);
  afterAll(() => cdp().send('Emulation.setEmulatedMedia', { features: [] }));

  it.each([
    ['light', 'system', LIGHT_BG],
    ['dark', 'system', DARK_BG],
    ['light', 'light', LIGHT_BG],
    ['dark', 'light', LIGHT_BG],
    ['light', 'dark', DARK_BG],
    ['dark', 'dark', DARK_BG],
  ] as const)(
    'a %s system with data-theme="%s" paints the page background %s',
    async (system, theme, colour) => {
      await systemScheme(system);
      html.dataset.theme = theme;
      expect(background()).toBe(colour);
    },
  );

  it('colours text, panels and borders from the same scheme as the background', async () => {
    await systemScheme('light');
    html.dataset.theme = 'dark';
    const probe = document.createElement('div');
    probe.style.cssText = 'color: var(--text); border: 1px solid var(--border)';
    document.body.append(probe);
    expect(getComputedStyle(probe).color).toBe('rgb(230, 233, 238)');
    expect(getComputedStyle(probe).borderTopColor).toBe('rgb(44, 50, 58)');
    html.dataset.theme = 'light';
    expect(getComputedStyle(probe).color).toBe('rgb(27, 31, 36)');
    probe.remove();
  });
});
