import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCount, formatValue } from '../../src/charts/formatNumber';
import { DRAW_TIMEOUT_MS, panel, statValue, waitForDashboard } from './dashboard';
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

/** The backfill: every metric of every instance every minute over two hours, OpenMetrics. */
function openMetrics(): string {
  const lines: string[] = [];
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

/** Opens Connect to Prometheus, fills it for the backfilled range and submits. */
async function connect(page: Page, baseUrl: string, queries: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Connect to Prometheus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect to Prometheus' });
  await dialog.getByLabel('Base URL').fill(baseUrl);
  await dialog.getByLabel('PromQL queries, one per line').fill(queries.join('\n'));
  await dialog.getByLabel('Range').selectOption('custom');
  await dialog.getByLabel('Start (UTC)').fill(utcLocal(START_SEC));
  await dialog.getByLabel('End (UTC)').fill(utcLocal(END_SEC));
  await dialog.getByLabel('Step (seconds)').fill(String(STEP_SEC));
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await dialog.waitFor({ state: 'detached' });
}

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

    const asked = session.requests.filter((url) => url.startsWith(`${baseUrl}/api/v1/query_range`));
    expect(asked.map((url) => new URL(url).searchParams.get('query'))).toEqual(
      Object.keys(METRICS),
    );
    expect(new URL(asked[0]).searchParams.get('start')).toBe(String(START_SEC));
    expect(new URL(asked[0]).searchParams.get('step')).toBe(String(STEP_SEC));
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
});
