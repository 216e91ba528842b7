import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatValue } from '../../src/charts/formatNumber';
import {
  DRAW_TIMEOUT_MS,
  PANEL_NAMES,
  SERIES_PANELS,
  expectNeeds,
  needsOf,
  panel,
  statValue,
  waitForDashboard,
  type PanelName,
} from './dashboard';
import { dataTransferOf, dropFiles, generatedCsv } from './dropFiles';
import { launchChromium, type ChromiumSession } from './launchChromium';

const { rootUrl, artifacts } = inject('e2e');

/** A real AWS CloudWatch CPU series from the Numenta Anomaly Benchmark: 4,032 5-minute samples. */
const NAB_FILE = resolve(
  process.cwd(),
  '../shared/datasets/nab/data/realAWSCloudwatch/ec2_cpu_utilization_5f5533.csv',
);
/** A second CloudWatch series of the same kind, to drop together with NAB_FILE. */
const NAB_SECOND = resolve(
  process.cwd(),
  '../shared/datasets/nab/data/realAWSCloudwatch/ec2_cpu_utilization_825cc2.csv',
);
const BAD_ROWS = fileURLToPath(new URL('./fixtures/bad-rows.csv', import.meta.url));
const MALICIOUS = '<img src=x onerror=alert(1)>';

declare global {
  interface Window {
    /** performance.now() marks: the latest drop, report shown and each chart drawn (by name). */
    __dataIn?: { dropAt?: number; reportAt?: number; drawnAt: Record<string, number> };
  }
}

/** Records, from the page's first script on, when files are dropped and charts drawn. */
async function recordMarks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const marks: NonNullable<Window['__dataIn']> = { drawnAt: {} };
    window.__dataIn = marks;
    window.addEventListener('drop', (event) => (marks.dropAt = event.timeStamp), true);
    new MutationObserver((records) => {
      const now = performance.now();
      for (const record of records) {
        const target = record.target as Element;
        if (record.type === 'attributes' && target.getAttribute('data-drawn') === 'true') {
          marks.drawnAt[target.getAttribute('data-chart') ?? '?'] = now;
        }
      }
      if (marks.reportAt === undefined && document.querySelector('.file-report')) {
        marks.reportAt = now;
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-drawn'],
    });
  });
}

/**
 * Waits until every panel is drawn or says what it needs and none is computing, then checks that
 * the `names` panels draw (need nothing).
 */
async function waitForPanels(page: Page, names: readonly PanelName[]): Promise<void> {
  await waitForDashboard(page);
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.filter((h) => PANEL_NAMES.includes(h as PanelName))).toEqual([...PANEL_NAMES]);
  for (const name of names) expect(await needsOf(page, name), name).toBeNull();
}

/** The mean of the numeric column `column` of a CSV with a header. */
function columnMean(csv: string, column: number): number {
  const values = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => Number(line.split(',')[column]));
  return values.reduce((total, x) => total + x, 0) / values.length;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

describe('data in: open, drop and paste files on the production build', () => {
  let session: ChromiumSession;
  let page: Page;
  const dialogs: string[] = [];
  const source = () => page.locator('.source');
  const report = () => page.getByRole('region', { name: 'File report', exact: true });
  const fileInput = () => page.locator('input[type="file"]');

  beforeAll(async () => {
    session = await launchChromium({ viewport: { width: 1280, height: 800 } });
    page = session.page;
    // alert(1) from markup rendered as HTML would open a dialog; record it instead of blocking.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await recordMarks(page);
    await page.goto(rootUrl);
    await waitForDashboard(page);
  });

  afterAll(() => session?.close());

  it('Open file with a NAB CloudWatch CSV: progress or report, its name in the header, the overview redrawn, panels without data say what they need', async () => {
    const overview = panel(page, 'Overview');
    const demoMean = await statValue(overview, 'Mean').textContent();
    const button = page.getByRole('button', { name: 'Open file', exact: true });
    await expect.poll(() => button.isVisible()).toBe(true);

    await fileInput().setInputFiles(NAB_FILE);
    await page
      .getByRole('progressbar', { name: /^Reading / })
      .or(report())
      .first()
      .waitFor({ timeout: DRAW_TIMEOUT_MS });
    await expect
      .poll(() => source().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe('ec2_cpu_utilization_5f5533.csv · 4,032 rows · 1 series');

    const mean = formatValue(columnMean(readFileSync(NAB_FILE, 'utf8'), 1), '');
    await expect
      .poll(() => statValue(overview, 'Mean').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe(mean);
    expect(mean).not.toBe(demoMean);
    await waitForPanels(page, SERIES_PANELS);
    await expectNeeds(page, ['Server farm', 'Network traffic', 'Load balancer', 'Data centres']);
    await expect.poll(() => report().isVisible()).toBe(true);
    expect(await report().getByText('YYYY-MM-DD HH:mm:ss read as UTC').count()).toBe(1);
  });

  it('a file with bad rows: the report gives the skipped count, each reason with line numbers, and markup as text', async () => {
    await fileInput().setInputFiles({
      name: `${MALICIOUS}.csv`,
      mimeType: 'text/csv',
      buffer: readFileSync(BAD_ROWS),
    });
    await expect
      .poll(() => source().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe(`${MALICIOUS}.csv · 26 rows · 2 series`);
    await waitForPanels(page, SERIES_PANELS);

    const text = (await report().textContent()) ?? '';
    expect(text).toContain('3 rows skipped');
    expect(text).toContain('1 row with a value that is not a number');
    expect(text).toContain('1 row with wrong number of fields');
    expect(text).toContain('1 row with a timestamp that could not be read');
    const lines = await report().locator('.examples li').allTextContents();
    expect(lines).toEqual(
      expect.arrayContaining([
        `line 7: 2024-03-01 00:05:00,${MALICIOUS},25`,
        'line 12: 2024-03-01 00:10:00,11',
        'line 18: yesterday,12,13',
      ]),
    );
    expect(await report().locator('code', { hasText: MALICIOUS }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: `${artifacts}/data-in-report.png` });

    await report().getByRole('button', { name: 'Dismiss', exact: true }).click();
    expect(await report().count()).toBe(0);
  });

  it('a real drop of a generated 1e5-row CSV (DataTransfer built in the page) loads it; prints drop-to-drawn', async () => {
    const rows = 100_000;
    const csv = generatedCsv(rows);
    const dataTransfer = await dataTransferOf(page, [{ name: 'generated.csv', text: csv }]);
    expect(await report().count(), 'no report left from an earlier load').toBe(0);
    await page.evaluate(() => {
      const marks = window.__dataIn!;
      marks.reportAt = undefined;
      marks.drawnAt = {};
    });

    // The drag first: the full-page target appears, and stays while the drag crosses elements.
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await page.dispatchEvent('h1', 'dragenter', { dataTransfer });
    await page.dispatchEvent('body', 'dragleave', { dataTransfer });
    const target = page.getByText('Drop CSV or JSON files to analyse — data stays in your browser');
    expect(await target.isVisible()).toBe(true);
    await page.screenshot({ path: `${artifacts}/data-in-drop-target.png` });

    await page.dispatchEvent('h1', 'drop', { dataTransfer });
    expect(await target.count()).toBe(0);
    await expect
      .poll(() => source().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe('generated.csv · 100,000 rows · 2 series');
    const overview = panel(page, 'Overview');
    await expect
      .poll(() => statValue(overview, 'Mean').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe(formatValue(columnMean(csv, 1), '%'));
    await waitForPanels(page, SERIES_PANELS);
    expect(await report().textContent()).toContain('100,000');

    const marks = await page.evaluate(() => window.__dataIn!);
    const since = (t: number | undefined) => (t ?? NaN) - (marks.dropAt ?? NaN);
    const overviewMs = since(marks.drawnAt['Overview chart']);
    const allMs = Math.max(...Object.values(marks.drawnAt).map(since));
    const analysesMs = Math.max(
      ...Object.entries(marks.drawnAt)
        .filter(([chart]) => chart !== 'Vectorised vs loop chart')
        .map(([, t]) => since(t)),
    );
    console.log(
      `[measure] drop of a ${rows.toLocaleString('en-US')}-row CSV ` +
        `(${(csv.length / 1e6).toFixed(1)} MB, 2 series): file report shown ` +
        `${ms(since(marks.reportAt))}, Overview chart drawn ${ms(overviewMs)}, every analysis ` +
        `panel drawn ${ms(analysesMs)}, all charts incl. the 1e6 benchmark ${ms(allMs)} ` +
        `(charts: ${Object.keys(marks.drawnAt).join(', ')})`,
    );
    expect(overviewMs).toBeGreaterThan(0);
  });

  it('Paste CSV loads the text as "pasted text"; Escape closes the dialog without loading', async () => {
    await page.getByRole('button', { name: 'Paste CSV', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste CSV' });
    await dialog.getByRole('textbox', { name: 'CSV text' }).fill('a,b\n1,2\n');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await source().textContent()).toMatch(/^generated\.csv/);

    await page.getByRole('button', { name: 'Paste CSV', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'CSV text' }).fill(generatedCsv(500));
    await page.screenshot({ path: `${artifacts}/data-in-paste.png` });
    await dialog.getByRole('button', { name: 'Load', exact: true }).click();
    await expect
      .poll(() => source().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe('pasted text · 500 rows · 2 series');
    await waitForPanels(page, SERIES_PANELS);
  });

  it('a file that cannot be read says why in one alert and leaves the data shown as it was', async () => {
    const before = await source().textContent();
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]);
    await fileInput().setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: binary });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: DRAW_TIMEOUT_MS });
    expect(await alert.textContent()).toMatch(/^Could not read chart\.png\. \S/);
    expect(await source().textContent()).toBe(before);
    await alert.getByRole('button', { name: 'Dismiss', exact: true }).click();
    expect(await alert.count()).toBe(0);
  });

  it('two NAB files dropped at once load side by side, each with its report', async () => {
    const files = [NAB_FILE, NAB_SECOND].map((path) => ({
      name: path.split('/').at(-1)!,
      text: readFileSync(path, 'utf8'),
    }));
    await dropFiles(page, files);
    await expect
      .poll(() => source().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toMatch(/^ec2_cpu_utilization_5f5533\.csv \+ 1 more · 8,064 rows · 2 series/);
    await waitForPanels(page, SERIES_PANELS);
    const picker = panel(page, 'Anomalies').getByRole('combobox', { name: 'Series' });
    expect(await picker.locator('option').allTextContents()).toEqual([
      'ec2_cpu_utilization_5f5533: value — 4,032 points',
      'ec2_cpu_utilization_825cc2: value — 4,032 points',
    ]);
    for (const { name } of files) {
      expect(await report().getByRole('group', { name }).count(), name).toBe(1);
    }
  });

  it('a file without timestamps opens the column-mapping step; an interval gives it time, remembered next time', async () => {
    const untimed = (rows: number) =>
      'requests,errors\n' +
      Array.from({ length: rows }, (_, i) => `${100 + (i % 13)},${i % 3}`).join('\n');
    await fileInput().setInputFiles({
      name: 'counts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(untimed(300)),
    });
    const mapping = page.getByRole('dialog', { name: 'Column mapping: counts.csv' });
    await mapping.waitFor({ timeout: DRAW_TIMEOUT_MS });
    expect(await mapping.textContent()).toContain('No column holds timestamps');
    await mapping.getByRole('combobox', { name: 'Unit of requests' }).selectOption('req/s');
    await mapping.getByRole('spinbutton', { name: 'Sampling interval (s)' }).fill('60');
    await mapping.getByLabel('First sample at (UTC)').fill('2026-11-26T08:00');
    await page.screenshot({ path: `${artifacts}/data-in-mapping.png` });
    await mapping.getByRole('button', { name: 'Load', exact: true }).click();
    await expect
      .poll(() => source().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe('counts.csv · 300 rows · 2 series');
    await waitForPanels(page, SERIES_PANELS);
    expect(await report().textContent()).toContain('samples 60 s apart from 2026-11-26 08:00 UTC');

    // The same header again: read as chosen last time, without asking.
    await fileInput().setInputFiles({
      name: 'more-counts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(untimed(50)),
    });
    await expect
      .poll(() => source().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe('more-counts.csv · 50 rows · 2 series');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await report().textContent()).toContain('remembered for this header');
    await waitForPanels(page, SERIES_PANELS);
  });

  it('logs no console error and throws no page error', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.failedRequests).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
