import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { DRAW_TIMEOUT_MS, PANEL_NAMES, panel, statValue, waitForDashboard } from './dashboard';
import { launchChromium, type ChromiumSession } from './launchChromium';
import { traceMainThread, type MainThreadTask } from './mainThreadTasks';

const { rootUrl } = inject('e2e');

declare global {
  interface Window {
    /** performance.now() of the latest `data-drawn="true"`. */
    __lastDrawnAt?: number;
    /** performance.now() of the latest click on Regenerate. */
    __regenerateAt?: number;
    /** Every long task (over 50 ms) since the page's first script: start and duration in ms. */
    __longTasks?: { startTime: number; duration: number }[];
    __redraw?: Promise<RedrawTiming>;
  }
}

/** From a slider's input event (ms on the page's performance.now() clock). */
interface RedrawTiming {
  /** ... to the stat card showing the new value (the worker's answer rendered). */
  card: number;
  /** ... to ECharts reporting the chart's new option 'finished' (`data-drawn` back to "true"). */
  drawn: number;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** The longest of the page's long tasks that overlap [from, to] (ms on its clock), and how many. */
async function longTasksBetween(page: Page, from: number, to: number) {
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  const during = tasks.filter((t) => t.startTime + t.duration >= from && t.startTime <= to);
  return { longestMs: Math.max(0, ...during.map((t) => t.duration)), count: during.length };
}

/** The most wall-clock and the most CPU time one traced main-thread task took. */
function longestTraced(tasks: MainThreadTask[]): string {
  const most = (key: 'wallMs' | 'cpuMs') => Math.max(0, ...tasks.map((t) => t[key]));
  return `${ms(most('wallMs'))} wall-clock, ${ms(most('cpuMs'))} CPU at most (${tasks.length} tasks traced)`;
}

/**
 * Records, in the page from its first script on, when charts report themselves drawn and every
 * long task (the Long Tasks API: main-thread tasks over 50 ms, wall-clock).
 */
async function recordDrawTimes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const longTasks: { startTime: number; duration: number }[] = [];
    window.__longTasks = longTasks;
    new PerformanceObserver((list) => {
      for (const { startTime, duration } of list.getEntries())
        longTasks.push({ startTime, duration });
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((records) => {
      for (const record of records) {
        if ((record.target as Element).getAttribute('data-drawn') !== 'true') continue;
        window.__lastDrawnAt = performance.now();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
  });
}

/**
 * Arms a timer in the page: from the slider's next input event until the card's text changes and
 * the chart, having been given a new option (`data-drawn="false"`), is drawn again.
 */
async function armRedrawTimer(page: Page, sliderName: string): Promise<void> {
  const region = panel(page, 'Anomalies');
  const slider = await region
    .getByRole('slider', { name: sliderName, exact: true })
    .elementHandle();
  const card = await statValue(region, 'Anomalies').elementHandle();
  const chart = await region.locator('[data-chart]').first().elementHandle();
  await page.evaluate(
    ({ slider, card, chart }) => {
      window.__redraw = new Promise<RedrawTiming>((resolve, reject) => {
        const cardBefore = card.textContent;
        slider.addEventListener(
          'input',
          (event) => {
            const t0 = event.timeStamp; // on the performance.now() clock
            let cardAt = NaN;
            let drawnAt = NaN;
            let undrawn = false;
            const done = () => {
              if (Number.isNaN(cardAt) || Number.isNaN(drawnAt)) return;
              observer.disconnect();
              resolve({ card: cardAt - t0, drawn: drawnAt - t0 });
            };
            const observer = new MutationObserver(() => {
              const now = performance.now();
              if (Number.isNaN(cardAt) && card.textContent !== cardBefore) cardAt = now;
              const drawn = chart.getAttribute('data-drawn');
              if (drawn === 'false') undrawn = true;
              if (undrawn && drawn === 'true' && Number.isNaN(drawnAt)) drawnAt = now;
              done();
            });
            observer.observe(card, { subtree: true, childList: true, characterData: true });
            observer.observe(chart, { attributes: true, attributeFilter: ['data-drawn'] });
            setTimeout(
              () => reject(new Error('No redraw within 120 s of the slider moving')),
              120_000,
            );
          },
          { once: true },
        );
      });
    },
    { slider, card, chart },
  );
}

describe('measurements (printed for the lead, not held to a threshold)', () => {
  let session: ChromiumSession | undefined;
  afterEach(() => session?.close());

  it('prints the time from navigation to every panel drawn', async () => {
    session = await launchChromium();
    const { page } = session;
    await recordDrawTimes(page);
    await page.goto(rootUrl);
    await waitForDashboard(page);
    const last = await page.evaluate(() => window.__lastDrawnAt ?? NaN);
    expect(last).toBeGreaterThan(0);
    const longTasks = await longTasksBetween(page, 0, last);
    console.log(
      `[measure] small demo: navigation -> all ${PANEL_NAMES.length} panels drawn ${ms(last)}; ` +
        `longest main-thread task ${ms(longTasks.longestMs)} wall-clock (Long Tasks API; ` +
        `${longTasks.count} over 50 ms, page start-up included)`,
    );
  });

  it('prints the slider-to-redraw time on the large scenario (1e6 response times)', async () => {
    session = await launchChromium();
    const { page } = session;
    await recordDrawTimes(page);
    await page.goto(rootUrl);
    await waitForDashboard(page);

    const before = await panel(page, 'Overview').elementHandle();
    await page.getByRole('combobox', { name: 'Scenario size', exact: true }).selectOption('large');
    const regenerate = page.getByRole('button', { name: 'Regenerate', exact: true });
    await regenerate.evaluate((button) =>
      button.addEventListener('click', () => (window.__regenerateAt = performance.now()), {
        once: true,
      }),
    );
    const stopTrace = await traceMainThread(session.browser, page);
    await regenerate.click();
    // The small demo's panels go away while the large one is generated, then come back.
    await page.waitForFunction((old) => !old?.isConnected, before, { timeout: DRAW_TIMEOUT_MS });
    await waitForDashboard(page);
    const regenerateTasks = await stopTrace();
    const { regenerateAt, lastDrawnAt } = await page.evaluate(() => ({
      regenerateAt: window.__regenerateAt ?? NaN,
      lastDrawnAt: window.__lastDrawnAt ?? NaN,
    }));
    const regenerateMs = lastDrawnAt - regenerateAt;
    const regenerateLongTasks = await longTasksBetween(page, regenerateAt, lastDrawnAt);

    const region = panel(page, 'Anomalies');
    const card = statValue(region, 'Anomalies');
    const checked = Number(
      /of ([\d,]+) points/.exec((await card.textContent()) ?? '')?.[1]?.replace(/,/g, ''),
    );
    expect(checked, 'points the detector checked').toBeGreaterThan(900_000);
    const slider = region.getByRole('slider', { name: 'Anomaly threshold (σ)', exact: true });
    const { min, step, value } = await slider.evaluate((input: HTMLInputElement) => ({
      min: Number(input.min),
      step: Number(input.step),
      value: Number(input.value),
    }));
    const timings: RedrawTiming[] = [];
    // One step, as a drag produces, then to the lowest threshold, which flags the most points.
    for (const target of [Number((value - step).toFixed(6)), min]) {
      const cardBefore = await card.textContent();
      const from = await slider.inputValue();
      await armRedrawTimer(page, 'Anomaly threshold (σ)');
      await slider.fill(String(target));
      const timing = await page.evaluate(() => window.__redraw!);
      await waitForDashboard(page);
      timings.push(timing);
      console.log(
        `[measure] large demo: "Anomaly threshold (σ)" ${from} -> ${target} on 1e6 response ` +
          `times: card updated ${ms(timing.card)}, chart redrawn ${ms(timing.drawn)} after the ` +
          `input event (panel's own request-to-result time ` +
          `${await region.locator('.timing').textContent()}); ` +
          `anomalies "${cardBefore}" -> "${await card.textContent()}"`,
      );
    }
    console.log(
      `[measure] large demo: Regenerate -> all panels drawn ${ms(regenerateMs)}; longest ` +
        `main-thread task ${ms(regenerateLongTasks.longestMs)} wall-clock (Long Tasks API; ` +
        `${regenerateLongTasks.count} over 50 ms); traced: ${longestTraced(regenerateTasks)}`,
    );
    for (const timing of timings) expect(timing.drawn).toBeGreaterThan(0);
  });
});
