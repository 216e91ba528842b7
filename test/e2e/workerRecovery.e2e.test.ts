import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WATCHDOG } from '../../src/worker/superviseWorker';
import { DRAW_TIMEOUT_MS, moveSlider, waitForDashboard } from './dashboard';
import { dropFiles, generatedCsv } from './dropFiles';
import { launchChromium, type ChromiumSession } from './launchChromium';

const { rootUrl, artifacts } = inject('e2e');

const THRESHOLD = 'Anomaly threshold (σ)';
const SOURCE = 'generated.csv · 2,880 rows · 2 series';

/** The page's one analysis worker, once it has started. */
async function analysisWorker(page: Page): Promise<Worker> {
  await expect.poll(() => page.workers().length, { timeout: DRAW_TIMEOUT_MS }).toBe(1);
  return page.workers()[0];
}

describe('worker recovery on the production build', () => {
  let session: ChromiumSession;
  let page: Page;
  const slider = () => page.getByRole('slider', { name: THRESHOLD, exact: true });
  const source = () => page.locator('.source');
  const notice = () => page.getByRole('alert').filter({ hasText: 'The analysis worker stopped' });

  /** Waits for the notice to say `text`, then for the file and every panel to be shown again. */
  async function expectRecovered(text: string, threshold: string): Promise<void> {
    await expect
      .poll(() => notice().locator('p').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe(text);
    await waitForDashboard(page);
    expect(await source().textContent()).toBe(SOURCE);
    expect(await slider().inputValue()).toBe(threshold);
    expect(page.workers()).toHaveLength(1);
  }

  beforeAll(async () => {
    session = await launchChromium({ viewport: { width: 1280, height: 800 } });
    page = session.page;
    await page.goto(rootUrl);
    await waitForDashboard(page);
    // Two days of per-minute samples: a file source, which recovery must read again.
    await dropFiles(page, [{ name: 'generated.csv', text: generatedCsv(2_880) }]);
    await source().filter({ hasText: SOURCE }).waitFor({ timeout: DRAW_TIMEOUT_MS });
    await waitForDashboard(page);
  });

  afterAll(() => session?.close());

  it('an uncaught error in the worker: says so, restarts it, reloads the file with the slider kept', async () => {
    await moveSlider(slider(), ({ min, max }) => [min, max]);
    await waitForDashboard(page);
    const threshold = await slider().inputValue();
    const worker = await analysisWorker(page);
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('boom');
      });
    });
    await expectRecovered(
      'The analysis worker stopped (error: Error: boom). It was restarted and generated.csv reloaded, every setting kept.',
      threshold,
    );
    await notice().screenshot({ path: `${artifacts}/worker-recovered.png` });
    await notice().getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice().count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('a worker that closed itself: the next slider change is not left waiting', async () => {
    const worker = await analysisWorker(page);
    await worker.evaluate(() => self.close());
    await moveSlider(slider(), ({ min, max, value }) => [(min + max) / 2, value + 0.5, min]);
    const threshold = await slider().inputValue();
    const started = Date.now();
    await expectRecovered(
      'The analysis worker stopped (it stopped answering while computing anomalies). It was restarted and generated.csv reloaded, every setting kept.',
      threshold,
    );
    // Told after the watchdog's silence, not before: a busy worker is given that long.
    expect(Date.now() - started).toBeGreaterThanOrEqual(WATCHDOG.hangMs);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
