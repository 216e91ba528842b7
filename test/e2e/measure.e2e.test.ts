import { afterEach, describe, expect, inject, it } from 'vitest';
import { DRAW_TIMEOUT_MS, PANEL_NAMES, panel, statValue, waitForDashboard } from './dashboard';
import { armRedrawTimer, longTasksBetween, recordDrawTimes, type RedrawTiming } from './drawTimes';
import { launchChromium, type ChromiumSession } from './launchChromium';
import { traceMainThread, type MainThreadTask } from './mainThreadTasks';

const { rootUrl } = inject('e2e');

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** The most wall-clock and the most CPU time one traced main-thread task took. */
function longestTraced(tasks: MainThreadTask[]): string {
  const most = (key: 'wallMs' | 'cpuMs') => Math.max(0, ...tasks.map((t) => t[key]));
  return `${ms(most('wallMs'))} wall-clock, ${ms(most('cpuMs'))} CPU at most (${tasks.length} tasks traced)`;
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
