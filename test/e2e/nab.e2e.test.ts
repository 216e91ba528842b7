import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DRAW_TIMEOUT_MS, panel, statValue, waitForDashboard } from './dashboard';
import { launchChromium, type ChromiumSession } from './launchChromium';

const { rootUrl } = inject('e2e');

/**
 * NAB's real and synthetic series with their labelled anomaly windows, read from the shared
 * datasets beside the checkout ($METRICSCOPE_SHARED, default ../shared), never copied in.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NAB = resolve(process.env.METRICSCOPE_SHARED ?? resolve(REPO, '../shared'), 'datasets/nab');
const WINDOWS = JSON.parse(
  readFileSync(resolve(NAB, 'labels/combined_windows.json'), 'utf8'),
) as Record<string, [string, string][]>;

/** Epoch ms of a NAB or table time, 'YYYY-MM-DD HH:mm[:ss[.ffffff]]', read as UTC. */
const utcMs = (text: string) => Date.parse(`${text.trim().replace(' ', 'T').slice(0, 16)}:00Z`);

describe('a NAB file dropped onto the page, with the default detector', () => {
  let session: ChromiumSession;
  let page: Page;

  const drop = async (file: string) => {
    await page.locator('input[type="file"]').setInputFiles(resolve(NAB, 'data', file));
    await expect
      .poll(() => page.locator('.source').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toMatch(new RegExp(`^${basename(file).replace('.', '\\.')}`));
    await waitForDashboard(page);
  };

  beforeAll(async () => {
    session = await launchChromium({ viewport: { width: 1280, height: 900 } });
    page = session.page;
    await page.goto(rootUrl);
    await waitForDashboard(page);
  });

  afterAll(() => session?.close());

  it('shows the labelled incident of ec2_cpu_utilization_825cc2 as the top finding', async () => {
    const file = 'realAWSCloudwatch/ec2_cpu_utilization_825cc2.csv';
    await drop(file);
    const anomalies = panel(page, 'Anomalies');
    const top = anomalies.getByRole('table').getByRole('row').nth(1);
    const [time, why] = await top.getByRole('cell').allTextContents();
    const at = utcMs(time);
    const [[start, end]] = WINDOWS[file];
    expect(at, `${time} in the labelled window ${start} – ${end}`).toBeGreaterThanOrEqual(
      utcMs(start),
    );
    expect(at).toBeLessThanOrEqual(utcMs(end));
    // The drop to ~30 % is below what the detector expected.
    expect(why).toMatch(/below the expected value|level shift down/);
  });

  it.each([
    'art_daily_no_noise.csv',
    'art_daily_perfect_square_wave.csv',
    'art_daily_small_noise.csv',
    'art_flatline.csv',
    'art_noisy.csv',
  ])('stays quiet on artificialNoAnomaly/%s', async (name) => {
    await drop(`artificialNoAnomaly/${name}`);
    const anomalies = panel(page, 'Anomalies');
    expect(await statValue(anomalies, 'Anomalies').textContent()).toMatch(/^0 of [\d,]+ points$/);
    expect(await anomalies.getByText('No anomalies at this threshold.').isVisible()).toBe(true);
  });
});
