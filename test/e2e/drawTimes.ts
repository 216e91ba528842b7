import type { Page } from 'playwright-core';
import { panel, statValue } from './dashboard';

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
export interface RedrawTiming {
  /** ... to the stat card showing the new value (the worker's answer rendered). */
  card: number;
  /** ... to ECharts reporting the chart's new option 'finished' (`data-drawn` back to "true"). */
  drawn: number;
}

/** The longest of the page's long tasks that overlap [from, to] (ms on its clock), and how many. */
export async function longTasksBetween(page: Page, from: number, to: number) {
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  const during = tasks.filter((t) => t.startTime + t.duration >= from && t.startTime <= to);
  return { longestMs: Math.max(0, ...during.map((t) => t.duration)), count: during.length };
}

/**
 * Records, in the page from its first script on, when charts report themselves drawn and every
 * long task (the Long Tasks API: main-thread tasks over 50 ms, wall-clock).
 */
export async function recordDrawTimes(page: Page): Promise<void> {
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
 * Arms a timer in the page: from the slider's next input event until the Anomalies card's text
 * changes and the Anomalies chart, having been given a new option (`data-drawn="false"`), is drawn
 * again. Card and chart are looked up afresh on every mutation (React may replace either). No
 * named function inside the page code: under tsx (the benchmark) esbuild would wrap it in a
 * `__name` helper the page does not have, and the listener would throw unseen.
 */
export async function armRedrawTimer(page: Page, sliderName: string): Promise<void> {
  const region = panel(page, 'Anomalies');
  const slider = await region
    .getByRole('slider', { name: sliderName, exact: true })
    .elementHandle();
  const cardBefore = await statValue(region, 'Anomalies').textContent();
  const chartName = await region.locator('[data-chart]').first().getAttribute('data-chart');
  await page.evaluate(
    ({ slider, cardBefore, chartName }) => {
      window.__redraw = new Promise<RedrawTiming>((resolve, reject) => {
        slider.addEventListener(
          'input',
          (event) => {
            const t0 = event.timeStamp; // on the performance.now() clock
            let cardAt = NaN;
            let drawnAt = NaN;
            let undrawn = false;
            const observer = new MutationObserver(() => {
              const now = performance.now();
              const chart = document.querySelector(`[data-chart="${chartName}"]`);
              const label = [...(chart?.closest('section')?.querySelectorAll('dt') ?? [])].find(
                (dt) => dt.textContent?.trim() === 'Anomalies',
              );
              const card = label?.nextElementSibling;
              if (Number.isNaN(cardAt) && card && card.textContent !== cardBefore) cardAt = now;
              const drawn = chart?.getAttribute('data-drawn');
              if (drawn === 'false') undrawn = true;
              if (undrawn && drawn === 'true' && Number.isNaN(drawnAt)) drawnAt = now;
              if (Number.isNaN(cardAt) || Number.isNaN(drawnAt)) return;
              observer.disconnect();
              resolve({ card: cardAt - t0, drawn: drawnAt - t0 });
            });
            observer.observe(document.body, {
              subtree: true,
              childList: true,
              characterData: true,
              attributes: true,
              attributeFilter: ['data-drawn'],
            });
            setTimeout(
              () => reject(new Error('No redraw within 120 s of the slider moving')),
              120_000,
            );
          },
          { once: true },
        );
      });
    },
    { slider, cardBefore, chartName },
  );
}
