import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { PANELS, PANEL_TITLES, type PanelKey, type PanelTitle } from '../../src/store/panels';
import { launchChromium, type ChromiumSession } from './launchChromium';
import type { LoggedRequest } from './staticServer';

/** The panels' headings (their regions' accessible names), in page order. */
export const PANEL_NAMES: readonly PanelTitle[] = PANELS.map((key) => PANEL_TITLES[key]);

export type PanelName = PanelTitle;

/** How long the whole demo may take to compute and draw on a slow 2-core machine. */
export const DRAW_TIMEOUT_MS = 60_000;

export const panel = (page: Page, name: PanelName): Locator =>
  page.getByRole('region', { name, exact: true });

/**
 * Waits until the panel is not computing (`aria-busy` is not "true") and has a chart that ECharts
 * has finished drawing, and returns that chart. Both together: EChart sets `data-drawn="true"` on
 * ECharts' first 'finished', which comes for the empty chart too, before any option is drawn.
 */
export async function drawnChart(page: Page, name: PanelName): Promise<Locator> {
  const chart = panel(page, name)
    .and(page.locator(':not([aria-busy="true"])'))
    .locator('[data-chart][data-drawn="true"]')
    .first();
  await chart.waitFor({ state: 'visible', timeout: DRAW_TIMEOUT_MS });
  return chart;
}

/**
 * Waits until the `names` panels (default: all) are on the page, every chart is drawn and no panel
 * is computing (`aria-busy`), so the worker is idle. A panel that says why it has no chart for this
 * data (an element marked `data-no-chart`, e.g. Capacity on less than two days) or what data it
 * needs (`.panel-needs`, its chart hidden) counts as drawn.
 */
export async function waitForDashboard(
  page: Page,
  names: readonly PanelName[] = PANEL_NAMES,
): Promise<void> {
  // One predicate in the page every 100 ms: Playwright's locator waits poll on every animation
  // frame, which takes main-thread time from the very drawing being waited for (and timed).
  await page.waitForFunction(
    (wanted) => {
      const panels = new Map(
        [...document.querySelectorAll('section[aria-labelledby]')].map((section) => [
          document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent,
          section,
        ]),
      );
      return (
        wanted.every((name) => {
          // (No named helper: the page gets this function's source, without tsx's __name.)
          const section = panels.get(name);
          return (
            section !== undefined &&
            section.getAttribute('aria-busy') !== 'true' &&
            section.querySelector(
              '[data-chart][data-drawn="true"], [data-no-chart], .panel-needs',
            ) !== null
          );
        }) &&
        [...document.querySelectorAll('[data-chart]')].every(
          (chart) =>
            chart.getAttribute('data-drawn') === 'true' || chart.closest('[data-needs]') !== null,
        ) &&
        document.querySelector('[aria-busy="true"]') === null
      );
    },
    names,
    { timeout: DRAW_TIMEOUT_MS, polling: 100 },
  );
}

/** The line a panel shows when the data cannot feed it, or null when it has none. */
export async function needsOf(page: Page, name: PanelName): Promise<string | null> {
  const needs = panel(page, name).locator('.panel-needs');
  return (await needs.count()) === 0 ? null : await needs.textContent();
}

/** Checks that each of `names` says what it needs and shows no chart. */
export async function expectNeeds(page: Page, names: readonly PanelName[]): Promise<void> {
  for (const name of names) {
    const needs = await needsOf(page, name);
    if (!needs?.startsWith('This panel needs ')) {
      throw new Error(`${name} should say what it needs, says ${JSON.stringify(needs)}`);
    }
    const charts = await panel(page, name).locator('[data-chart]:visible').count();
    if (charts > 0) throw new Error(`${name} shows ${charts} chart(s) while it needs data`);
  }
}

/** How much of a chart's canvases is drawn on. */
export interface Ink {
  /** Canvas pixels read. */
  pixels: number;
  /** Distinct RGBA values among them. */
  colours: number;
  /** Fraction of pixels that differ from the most common value (the background). */
  inked: number;
}

/** Reads back every pixel of the canvases inside `chart` and measures how much is drawn. */
export function chartInk(chart: Locator): Promise<Ink> {
  return chart.evaluate((element) => {
    const counts = new Map<number, number>();
    let pixels = 0;
    for (const canvas of element.querySelectorAll('canvas')) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const words = new Uint32Array(data.buffer, data.byteOffset, data.byteLength / 4);
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      pixels += words.length;
    }
    const background = Math.max(0, ...counts.values());
    return { pixels, colours: counts.size, inked: pixels === 0 ? 0 : 1 - background / pixels };
  });
}

/** A range input's bounds and value. */
export interface SliderRange {
  min: number;
  max: number;
  value: number;
}

/** Sets a range input to the first of `candidates` that differs from its value, within its range. */
export async function moveSlider(
  slider: Locator,
  candidates: (range: SliderRange) => number[],
): Promise<void> {
  const range = await slider.evaluate((input: HTMLInputElement) => ({
    min: Number(input.min),
    max: Number(input.max),
    value: Number(input.value),
  }));
  const next = candidates(range).find((v) => v !== range.value && v >= range.min && v <= range.max);
  if (next === undefined) throw new Error(`No value to move to in ${JSON.stringify(range)}`);
  await slider.fill(String(next));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Drags `chart`'s zoom slider by its right handle: down on the handle, then to each point
 * `leftBy(width)` px left of it (5 mouse steps each), then up. The slider runs under the plot,
 * 18 px high and 4 px off the chart's bottom; the plot, and with it the handle, ends 24 px from
 * the chart's right edge.
 */
export async function dragZoomHandle(
  page: Page,
  chart: Locator,
  leftBy: (width: number) => number[],
): Promise<void> {
  const box = (await chart.boundingBox())!;
  const y = box.y + box.height - 4 - 9;
  const right = box.x + box.width - 24;
  await page.mouse.move(right, y);
  await page.mouse.down();
  for (const dx of leftBy(box.width)) await page.mouse.move(right - dx, y, { steps: 5 });
  await page.mouse.up();
}

/** The `<dd>` of the stat card whose `<dt>` reads exactly `label`, inside `scope`. */
export const statValue = (scope: Locator, label: string): Locator =>
  scope
    .locator('dt')
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) })
    .locator('xpath=following-sibling::dd[1]');

/** Every request the static server has answered since the run began, oldest first. */
export function serverRequests(): LoggedRequest[] {
  return readFileSync(inject('e2e').requestLog, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LoggedRequest);
}

/**
 * Whether `url` stays with the page at `pageUrl`: the same origin, a blob: URL it created, or
 * inline data. Under file:// every file: URL counts as the page's own (Chromium gives the page an
 * opaque origin, and its blob: URLs read `blob:null/...`).
 */
export function isOwnUrl(url: string, pageUrl: string): boolean {
  const page = new URL(pageUrl);
  const target = new URL(url);
  if (target.protocol === 'data:') return true;
  // A blob: URL's origin is its creator's ('null' for a file:// page, as is the page's own).
  if (target.protocol === 'blob:') return target.origin === page.origin;
  return page.protocol === 'file:' ? target.protocol === 'file:' : target.origin === page.origin;
}

/**
 * Panels that draw a data set of plain series (no hosts, latencies, traffic, requests or data
 * centres); the others say what they need.
 */
export const SERIES_PANELS: readonly PanelName[] = PANEL_NAMES.filter(
  (name) =>
    !(['farm', 'traffic', 'loadBalance', 'sla', 'dataCentres'] as PanelKey[]).some(
      (key) => PANEL_TITLES[key] === name,
    ),
);

/**
 * A fresh headless Chromium at 1280x800 with the production build's dashboard opened at the
 * served root and every panel drawn: where a block of whole-app tests on the demo starts.
 */
export async function openDrawnDashboard(): Promise<ChromiumSession> {
  const session = await launchChromium({ viewport: { width: 1280, height: 800 } });
  await session.page.goto(inject('e2e').rootUrl);
  await waitForDashboard(session.page);
  return session;
}
