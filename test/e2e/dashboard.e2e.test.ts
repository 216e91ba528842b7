import { existsSync, statSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DRAW_TIMEOUT_MS,
  PANEL_NAMES,
  chartInk,
  drawnChart,
  isOwnUrl,
  moveSlider,
  panel,
  statValue,
  waitForDashboard,
  openDrawnDashboard,
} from './dashboard';
import type { ChromiumSession } from './launchChromium';

const { rootUrl, artifacts } = inject('e2e');

const changedText = (locator: Locator, before: string) =>
  expect
    .poll(() => locator.textContent(), { timeout: DRAW_TIMEOUT_MS, interval: 100 })
    .not.toBe(before);

const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });

describe('the dashboard, production build served at /', () => {
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    session = await openDrawnDashboard();
    page = session.page;
  });

  afterAll(() => session?.close());

  it('shows every panel heading, in order', async () => {
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    const panels = headings.map((h) => h.trim()).filter((h) => PANEL_NAMES.includes(h as never));
    expect(panels).toEqual([...PANEL_NAMES]);
  });

  it.each(PANEL_NAMES)('draws the "%s" panel\'s charts, none blank', async (name) => {
    await drawnChart(page, name);
    for (const chart of await panel(page, name).locator('[data-chart]').all()) {
      const label = await chart.getAttribute('data-chart');
      expect(await chart.getAttribute('data-drawn'), `${label} drawn`).toBe('true');
      const ink = await chartInk(chart);
      expect(ink.pixels, `${label}: a canvas with pixels`).toBeGreaterThan(0);
      expect(ink.colours, `${label}: more than a flat fill`).toBeGreaterThan(2);
      expect(ink.inked, `${label}: share of pixels drawn on`).toBeGreaterThan(0.005);
    }
  });

  it('moving "Anomaly threshold (σ)" changes the number of anomalies', async () => {
    const card = statValue(panel(page, 'Anomalies'), 'Anomalies');
    const count = async () =>
      Number(/^\s*(\d[\d,]*)/.exec((await card.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
    const before = await card.textContent();
    const countBefore = await count();
    expect(countBefore).not.toBeNaN();
    // A lower threshold flags more points; the lowest the slider allows flags the most.
    await moveSlider(slider(page, 'Anomaly threshold (σ)'), ({ min, max }) => [min, max]);
    await changedText(card, before ?? '');
    expect(await count()).not.toBe(countBefore);
  });

  it('moving "Growth rate" changes the first day over capacity', async () => {
    const card = statValue(panel(page, 'Capacity forecast'), 'First day over capacity');
    const before = (await card.textContent()) ?? '';
    expect(before).toMatch(/^\s*(day \d+|not within \d+ days)\s*$/);
    // Faster growth fills the disk sooner; the fastest the slider allows, soonest.
    await moveSlider(slider(page, 'Growth rate'), ({ min, max }) => [max, min]);
    await changedText(card, before);
    expect(await card.textContent()).toMatch(/^\s*(day \d+|not within \d+ days)\s*$/);
  });

  it.each([
    [1280, 800],
    [1920, 1080],
  ])('saves a full-page screenshot at %ix%i with every chart drawn', async (width, height) => {
    await page.setViewportSize({ width, height });
    // Two frames for the ResizeObservers to resize the charts (and the heatmap to ask for a new
    // grid), then until everything is computed and drawn again.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await waitForDashboard(page);
    const path = `${artifacts}/dashboard-${width}x${height}.png`;
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path) && statSync(path).size).toBeGreaterThan(10_000);
    for (const chart of await page.locator('[data-chart]').all()) {
      const label = await chart.getAttribute('data-chart');
      expect((await chartInk(chart)).inked, `${label}`).toBeGreaterThan(0.005);
    }
  });

  it('logs no console error and throws no page error', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.failedRequests).toEqual([]);
  });

  it('asks nothing of any origin but its own', () => {
    expect(session.requests.length).toBeGreaterThan(2);
    expect(session.requests.filter((url) => !isOwnUrl(url, rootUrl))).toEqual([]);
  });
});
