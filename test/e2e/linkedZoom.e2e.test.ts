import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DRAW_TIMEOUT_MS,
  dragZoomHandle,
  drawnChart,
  panel,
  statValue,
  waitForDashboard,
  openDrawnDashboard,
} from './dashboard';
import type { ChromiumSession } from './launchChromium';

/** A chart's accessible name, which says the time range it shows ('zoomed to …' while zoomed). */
const labelOf = (chart: Locator) => chart.getAttribute('aria-label');

/** The point `fx`, `fy` of the way across and down `locator`'s box, in page pixels. */
async function pointIn(locator: Locator, fx: number, fy: number) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return { x: box.x + fx * box.width, y: box.y + fy * box.height };
}

/** Turns the mouse wheel `clicks` times (up: negative deltaY) over the point, holding Ctrl. */
async function ctrlWheel(page: Page, at: { x: number; y: number }, clicks: number) {
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  for (let i = 0; i < clicks; i++) await page.mouse.wheel(0, -120);
  await page.keyboard.up('Control');
}

describe('linked zoom, production build', () => {
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    session = await openDrawnDashboard();
    page = session.page;
  });

  afterAll(() => session?.close());

  it('Ctrl + wheel on the Overview zooms every time-series chart and its figures; Reset undoes it', async () => {
    const overview = panel(page, 'Overview');
    const overviewChart = await drawnChart(page, 'Overview');
    const bandsChart = await drawnChart(page, 'Percentile bands');
    const mean = statValue(overview, 'Mean');
    const reset = page.getByRole('button', { name: 'Reset zoom' });
    await expect.poll(() => overview.textContent()).toContain('Figures over the whole series');
    const wholeMean = await mean.textContent();
    const wholeBands = await labelOf(bandsChart);
    expect(wholeBands).not.toContain('zoomed to');

    // A plain wheel over a chart scrolls the page and zooms nothing.
    await overviewChart.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    const middle = await pointIn(overviewChart, 0.5, 0.5);
    await page.mouse.move(middle.x, middle.y);
    await page.mouse.wheel(0, 100);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    await page.waitForTimeout(400);
    expect(await reset.count()).toBe(0);
    await overviewChart.scrollIntoViewIfNeeded();

    await ctrlWheel(page, await pointIn(overviewChart, 0.4, 0.5), 4);
    await reset.waitFor({ timeout: DRAW_TIMEOUT_MS });
    await expect
      .poll(() => labelOf(bandsChart), { timeout: DRAW_TIMEOUT_MS })
      .toContain('zoomed to');
    await expect
      .poll(() => labelOf(overviewChart), { timeout: DRAW_TIMEOUT_MS })
      .toContain('zoomed to');
    // Every chart shows the one window the bar states.
    const stated = (
      await page.getByRole('group', { name: 'Zoom' }).locator('p').textContent()
    )?.replace(/^.*zoomed to /, '');
    expect(stated).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d – .+ UTC$/);
    expect(await labelOf(bandsChart)).toContain(`zoomed to ${stated}`);
    await expect
      .poll(() => overview.textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toContain(`Figures over the zoomed range ${stated}`);
    await waitForDashboard(page);
    expect(await mean.textContent()).not.toBe(wholeMean);
    // The demo's anomaly series is over sample numbers, not times: its chart stays whole, and its
    // figures say they are the whole series'.
    expect(await labelOf(await drawnChart(page, 'Anomalies'))).toContain('sample 0 to');
    await expect(panel(page, 'Anomalies').textContent()).resolves.toContain(
      'Figures over the whole series',
    );

    // The reset is a keyboard stop: focused and pressed with Enter.
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => reset.count(), { timeout: DRAW_TIMEOUT_MS }).toBe(0);
    await expect.poll(() => labelOf(bandsChart), { timeout: DRAW_TIMEOUT_MS }).toBe(wholeBands);
    await expect
      .poll(() => overview.textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toContain('Figures over the whole series');
    await waitForDashboard(page);
    expect(await mean.textContent()).toBe(wholeMean);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('dragging the Percentile bands slider’s right handle zooms the Overview to its window', async () => {
    const bandsChart = await drawnChart(page, 'Percentile bands');
    const overviewChart = await drawnChart(page, 'Overview');
    await bandsChart.scrollIntoViewIfNeeded();
    await dragZoomHandle(page, bandsChart, () => [100, 200]);
    await page.getByRole('button', { name: 'Reset zoom' }).waitFor({ timeout: DRAW_TIMEOUT_MS });
    await expect
      .poll(() => labelOf(overviewChart), { timeout: DRAW_TIMEOUT_MS })
      .toContain('zoomed to');
    expect(session.pageErrors).toEqual([]);
  });
});
