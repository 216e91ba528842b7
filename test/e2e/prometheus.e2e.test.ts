import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCount, formatValue } from '../../src/charts/formatNumber';
import { DRAW_TIMEOUT_MS, dragZoomHandle, panel, statValue, waitForDashboard } from './dashboard';
import { launchChromium, type ChromiumSession } from './launchChromium';
import { startPrometheus, type PrometheusServer } from './prometheusServer';

const { rootUrl } = inject('e2e');

const INSTANCES = ['web-1:9100', 'web-2:9100', 'web-3:9100'];
const STEPS = 121;
const STEP_SEC = 60;
/** Every value a whole multiple of 1/4, so that Prometheus writes it back exactly. */
const METRICS = {
  node_cpu_percent: (i: number, k: number) => 20 + 10 * i + (k % 10),
  node_memory_percent: (i: number, k: number) => 50 + 5 * i + (k % 4) * 0.25,
  node_disk_io: (i: number, k: number) => 1000 * (i + 1) + 3 * k,
} as const;
type MetricName = keyof typeof METRICS;

// Two hours ending a day ago on a whole minute: inside the retention, never in the future.
const END_SEC = Math.floor(Date.now() / 60_000) * 60 - 86_400;
const START_SEC = END_SEC - (STEPS - 1) * STEP_SEC;

/** A longer metric, on two instances every minute over 8 days: 11,521 steps at 1m. */
const LONG = {
  name: 'node_load_long',
  instances: ['db-1:9100', 'db-2:9100'],
  steps: 8 * 1440 + 1,
  value: (i: number, k: number) => i + (k % 100) / 4,
};
const LONG_START_SEC = END_SEC - (LONG.steps - 1) * STEP_SEC;

/**
 * The backfill, OpenMetrics: every metric of every instance every minute over two hours, and the
 * long metric over 8 days.
 */
function openMetrics(): string {
  const lines: string[] = [`# TYPE ${LONG.name} gauge`];
  LONG.instances.forEach((instance, i) => {
    for (let k = 0; k < LONG.steps; k++) {
      const time = LONG_START_SEC + k * STEP_SEC;
      lines.push(`${LONG.name}{instance="${instance}"} ${LONG.value(i, k)} ${time}`);
    }
  });
  for (const [name, value] of Object.entries(METRICS)) {
    lines.push(`# TYPE ${name} gauge`);
    INSTANCES.forEach((instance, i) => {
      for (let k = 0; k < STEPS; k++) {
        lines.push(`${name}{instance="${instance}"} ${value(i, k)} ${START_SEC + k * STEP_SEC}`);
      }
    });
  }
  return `${lines.join('\n')}\n# EOF\n`;
}

/** The mean over time of a metric's mean across instances: the series the farm gives per metric. */
function meanOfMeans(name: MetricName): number {
  let total = 0;
  for (let k = 0; k < STEPS; k++) {
    for (let i = 0; i < INSTANCES.length; i++) total += METRICS[name](i, k);
  }
  return total / (STEPS * INSTANCES.length);
}

/** datetime-local text in UTC for epoch seconds on a whole minute. */
const utcLocal = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 16);

/** Opens Connect to Prometheus, fills it for a range (the two hours backfilled) and submits. */
async function connect(
  page: Page,
  baseUrl: string,
  queries: string[],
  { startSec = START_SEC, pointBudget = 1e7 } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Connect to Prometheus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect to Prometheus' });
  await dialog.getByLabel('Base URL').fill(baseUrl);
  await dialog.getByLabel('PromQL queries, one per line').fill(queries.join('\n'));
  await dialog.getByLabel('Range').selectOption('custom');
  await dialog.getByLabel('Start (UTC)').fill(utcLocal(startSec));
  await dialog.getByLabel('End (UTC)').fill(utcLocal(END_SEC));
  await dialog.getByLabel('Step (seconds)').fill(String(STEP_SEC));
  await dialog.getByLabel('Point budget (series × steps)').fill(String(pointBudget));
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The query_range calls the page made to `baseUrl` so far, as URLs. */
const rangeCalls = (session: ChromiumSession, baseUrl: string) =>
  session.requests
    .filter((url) => url.startsWith(`${baseUrl}/api/v1/query_range`))
    .map((url) => new URL(url));

describe('Connect to Prometheus against a real Prometheus', () => {
  let prometheus: PrometheusServer | undefined;
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    prometheus = await startPrometheus(openMetrics());
    session = await launchChromium();
    page = session.page;
    await page.goto(rootUrl);
    await waitForDashboard(page);
  });

  afterAll(async () => {
    await session?.close();
    await prometheus?.stop();
  });

  it('draws exactly the backfilled series: 3 servers, and the means computed here', async () => {
    const { baseUrl } = prometheus!;
    await connect(page, baseUrl, Object.keys(METRICS));
    await expect
      .poll(() => page.locator('.source-name').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe(`Prometheus ${baseUrl}`);
    // One row read per sample: every metric of every instance at every step.
    const samples = STEPS * INSTANCES.length * Object.keys(METRICS).length;
    await expect(page.locator('.source').first().textContent()).resolves.toContain(
      `${formatCount(samples)} rows`,
    );
    await waitForDashboard(page, ['Overview', 'Server farm']);
    expect(await statValue(panel(page, 'Server farm'), 'Servers').textContent()).toBe('3');

    // Each metric drawn over its three instances: their pooled mean, in the unit the name implies.
    const overview = panel(page, 'Overview');
    const picker = overview.getByRole('combobox', { name: 'Series' });
    for (const name of Object.keys(METRICS) as MetricName[]) {
      await picker.selectOption({ label: `${name} by instance: 3 series` });
      const unit = name.endsWith('_percent') ? '%' : '';
      await expect
        .poll(() => statValue(overview, 'Mean').textContent(), { timeout: DRAW_TIMEOUT_MS })
        .toBe(formatValue(meanOfMeans(name), unit));
      expect(
        await overview.getByRole('table', { name: 'Series drawn' }).getByRole('rowheader').count(),
      ).toBe(3);
    }

    const asked = rangeCalls(session, baseUrl);
    expect(asked.map((url) => url.searchParams.get('query'))).toEqual(Object.keys(METRICS));
    expect(asked[0].searchParams.get('start')).toBe(String(START_SEC));
    expect(asked[0].searchParams.get('step')).toBe(String(STEP_SEC));
    expect(await page.locator('.prometheus-resolution').textContent()).toBe(
      `Step 1m: ${formatCount(STEPS * INSTANCES.length * 3)} points, as asked.`,
    );
    expect(session.pageErrors).toEqual([]);
  });

  it("shows Prometheus's own parse error for a bad query and keeps the data shown", async () => {
    const { baseUrl } = prometheus!;
    const alert = page.getByRole('alert');
    await connect(page, baseUrl, ['rate(']);
    await alert.waitFor({ timeout: DRAW_TIMEOUT_MS });
    const text = await alert.textContent();
    expect(text).toContain('Prometheus rejected "rate(": bad_data:');
    expect(text).toMatch(/parse error/);
    expect(await page.locator('.source-name').textContent()).toBe(`Prometheus ${baseUrl}`);
    expect(await statValue(panel(page, 'Server farm'), 'Servers').textContent()).toBe('3');
  });

  it('fetches 8 days at 1m in two query_range calls under 11,000 steps each, merged by labels', async () => {
    const { baseUrl } = prometheus!;
    const before = rangeCalls(session, baseUrl).length;
    await connect(page, baseUrl, [LONG.name], { startSec: LONG_START_SEC });
    const samples = LONG.steps * LONG.instances.length;
    await expect
      .poll(() => page.locator('.source').first().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toContain(`${formatCount(samples)} rows`);
    const asked = rangeCalls(session, baseUrl).slice(before);
    expect(asked.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      {
        query: LONG.name,
        start: String(LONG_START_SEC),
        end: String(LONG_START_SEC + 10_999 * STEP_SEC),
        step: String(STEP_SEC),
      },
      {
        query: LONG.name,
        start: String(LONG_START_SEC + 11_000 * STEP_SEC),
        end: String(END_SEC),
        step: String(STEP_SEC),
      },
    ]);
    expect(await page.locator('.prometheus-resolution').textContent()).toBe(
      `Step 1m: ${formatCount(samples)} points, as asked.`,
    );
    await waitForDashboard(page, ['Overview']);
    // Two series, each of every step: the chunks joined into one series per instance.
    expect(
      await panel(page, 'Overview')
        .getByRole('table', { name: 'Series drawn' })
        .getByRole('rowheader')
        .count(),
    ).toBe(2);
    expect(session.pageErrors).toEqual([]);
  });

  it('asks for a coarser step when the step asked for would pass the point budget, and says so', async () => {
    const { baseUrl } = prometheus!;
    const before = rangeCalls(session, baseUrl).length;
    // 2 series x 11,521 steps = 23,042 points at 1m; 2m gives 11,522, 5m 4,610 (2,305 steps each).
    await connect(page, baseUrl, [LONG.name], { startSec: LONG_START_SEC, pointBudget: 10_000 });
    await expect
      .poll(() => page.locator('.prometheus-resolution').textContent(), {
        timeout: DRAW_TIMEOUT_MS,
      })
      .toBe('Step 5m: 1m samples would be 23,042 points, over the 10,000 budget.');
    const asked = rangeCalls(session, baseUrl).slice(before);
    expect(asked.map((url) => url.searchParams.get('step'))).toEqual(['300']);
    await expect
      .poll(() => page.locator('.source').first().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toContain(`${formatCount(2 * 2305)} rows`);
  });

  it('fetches a zoomed part of a coarse-step range again at a finer step', async () => {
    const { baseUrl } = prometheus!;
    // Left by the test before: 8 days of the long metric at 5m, over a 10,000-point budget.
    await expect(page.locator('.prometheus-resolution').textContent()).resolves.toMatch(/^Step 5m/);
    await waitForDashboard(page, ['Overview']);
    const chart = page.locator('[data-chart="Overview chart"]');
    await chart.scrollIntoViewIfNeeded();
    // The right handle dragged to a quarter of the way across.
    await dragZoomHandle(page, chart, (width) => [0.4 * width, 0.75 * width]);
    const fetchFiner = page.getByRole('button', { name: 'Fetch this range at full resolution' });
    await fetchFiner.waitFor({ timeout: DRAW_TIMEOUT_MS });
    expect(await page.locator('.prometheus-resolution').textContent()).toContain(
      'The zoomed range fits the budget at step 1m.',
    );
    const before = rangeCalls(session, baseUrl).length;
    await fetchFiner.click();
    await expect
      .poll(() => page.locator('.prometheus-resolution').textContent(), {
        timeout: DRAW_TIMEOUT_MS,
      })
      .toMatch(/^Step 1m: [\d,]+ points, as asked\.$/);
    const asked = rangeCalls(session, baseUrl).slice(before);
    expect(asked.map((url) => url.searchParams.get('step'))).toEqual(['60']);
    const start = Number(asked[0].searchParams.get('start'));
    const end = Number(asked[0].searchParams.get('end'));
    expect(start).toBe(LONG_START_SEC);
    expect(end).toBeLessThan(LONG_START_SEC + ((LONG.steps - 1) * STEP_SEC) / 2);
    // At 1m the 10,000-point budget holds at most 5,000 steps for the two series.
    expect((end - start) / STEP_SEC).toBeLessThan(5000);
    await expect
      .poll(() => page.locator('.source').first().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toContain(`${formatCount(2 * (Math.floor((end - start) / STEP_SEC) + 1))} rows`);
    expect(session.pageErrors).toEqual([]);
  });
});
