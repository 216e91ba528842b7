/**
 * Save dashboard on the production build: a dropped CSV and a moved slider are saved as one HTML
 * file, which opened from disk (file://) in a fresh browser context with every http(s) request
 * refused shows the same figures, asking nothing of any server; saved again from there, the app in
 * it is byte for byte the single-file build's.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeLongCsv } from '../../scripts/bench/writeLongCsv';
import { DRAW_TIMEOUT_MS, PANEL_NAMES, moveSlider, panel, waitForDashboard } from './dashboard';
import { dropFiles } from './dropFiles';
import { launchChromium, type ChromiumSession } from './launchChromium';

const { rootUrl, singleFileUrl } = inject('e2e');

/** The panel whose figures are timings, different on every run. */
const TIMED_PANEL = 'Vectorised vs loop';

/** Every stat card (dt and its dd) of every panel but the timed one, as "Panel / label: value". */
async function figures(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const name of PANEL_NAMES.filter((n) => n !== TIMED_PANEL)) {
    const pairs = await panel(page, name).evaluate((region) =>
      [...region.querySelectorAll('dt')].map(
        (dt) => `${dt.textContent?.trim()}: ${dt.nextElementSibling?.textContent?.trim()}`,
      ),
    );
    all.push(...pairs.map((pair) => `${name} / ${pair}`));
  }
  return all;
}

/** Every slider on the page as "label = value". */
function sliders(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="range"]')].map(
      (input) => `${input.labels?.[0]?.textContent ?? '?'} = ${input.value}`,
    ),
  );
}

/** Clicks Save dashboard and saves the download into `dir`; returns its path and suggested name. */
async function save(page: Page, dir: string): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: DRAW_TIMEOUT_MS }),
    page.getByRole('button', { name: 'Save dashboard', exact: true }).click(),
  ]);
  const name = download.suggestedFilename();
  const path = join(dir, `${Date.now()}-${name}`);
  await download.saveAs(path);
  return { path, name };
}

/** The text of the page's first inline <script> element: the app. */
const appScript = (html: string) =>
  /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('Save dashboard: one file that opens offline with the same figures', () => {
  let session: ChromiumSession;
  let page: Page;
  let offline: BrowserContext;
  let dir: string;
  const refused: string[] = [];
  const asked: string[] = [];
  const offlineErrors: string[] = [];
  let saved: { path: string; name: string };
  let before: { figures: string[]; sliders: string[]; source: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'metricscope-saved-'));
    session = await launchChromium({ viewport: { width: 1280, height: 800 } });
    page = session.page;
    await page.goto(rootUrl);
    await waitForDashboard(page);
  });

  afterAll(async () => {
    await offline?.close();
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('saves a dropped CSV with a moved slider as metricscope-<name>-<date>.html, the data compressed inside', async () => {
    const csv = join(dir, 'farm.csv');
    writeLongCsv(csv, 6, 2 * 1440);
    await dropFiles(page, [{ name: 'farm.csv', text: readFileSync(csv, 'utf8') }]);
    await expect
      .poll(() => page.locator('.source').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toMatch(/^farm\.csv · 51,840 rows/);
    await waitForDashboard(page);
    const threshold = page.getByRole('slider', { name: 'Anomaly threshold (σ)', exact: true });
    await moveSlider(threshold, ({ min, max }) => [min, max]);
    await moveSlider(page.getByRole('slider', { name: 'Growth rate', exact: true }), (r) => [
      r.max,
      r.min,
    ]);
    await waitForDashboard(page);
    before = {
      figures: await figures(page),
      sliders: await sliders(page),
      source: (await page.locator('.source p').first().textContent()) ?? '',
    };
    expect(before.figures.length).toBeGreaterThan(10);

    saved = await save(page, dir);
    const today = new Date().toISOString().slice(0, 10);
    expect(saved.name).toBe(`metricscope-farm-${today}.html`);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved as' }).count())
      .toBe(1);
    const html = readFileSync(saved.path, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(
      html.match(/<script type="application\/octet-stream" id="metricscope-data">/g),
    ).toHaveLength(1);
    expect(html.match(/<script type="application\/json" id="metricscope-view">/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    // The CSV is 2.2 MB; gzip keeps the whole file well under it, the app (~1.4 MB) included.
    const csvBytes = statSync(csv).size;
    const fileBytes = statSync(saved.path).size;
    console.log(
      `[measure] saved dashboard of a ${(csvBytes / 1e6).toFixed(1)} MB CSV: ${(fileBytes / 1e6).toFixed(2)} MB`,
    );
    expect(fileBytes).toBeLessThan(csvBytes);
  });

  it('opened from file:// in a fresh context with the network refused: the same figures and sliders, no request', async () => {
    offline = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await offline.route(/^https?:/, (route) => {
      refused.push(route.request().url());
      return route.abort();
    });
    offline.on('request', (request) => asked.push(request.url()));
    const opened = await offline.newPage();
    opened.on('pageerror', (error) => offlineErrors.push(`${error.name}: ${error.message}`));
    opened.on('console', (message) => {
      if (message.type() === 'error') offlineErrors.push(message.text());
    });
    const url = pathToFileURL(saved.path).href;
    await opened.goto(url);
    await expect
      .poll(() => opened.locator('.source p').first().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toMatch(/\(saved dashboard, \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
    await waitForDashboard(opened);
    // The view is applied after the data is shown: wait for the moved slider's value.
    await expect.poll(() => sliders(opened), { timeout: DRAW_TIMEOUT_MS }).toEqual(before.sliders);
    await waitForDashboard(opened);
    expect(await figures(opened)).toEqual(before.figures);
    const source = (await opened.locator('.source p').first().textContent()) ?? '';
    expect(source).toMatch(/^farm\.csv \(saved dashboard, [^)]+\) · 51,840 rows/);
    expect(source.replace(/ \(saved dashboard, [^)]+\)/, '')).toBe(before.source);
    // The File report of the read, as the original page had it.
    expect(
      await opened.getByRole('region', { name: 'File report', exact: true }).textContent(),
    ).toContain('51,840');

    expect(refused).toEqual([]);
    expect(asked.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    expect(offlineErrors).toEqual([]);
    await opened.close();
  });

  it('saved again from the file, holds the single-file app unchanged (inline script byte for byte) and the data once', async () => {
    const opened = await offline.newPage();
    await opened.goto(pathToFileURL(saved.path).href);
    await expect.poll(() => sliders(opened), { timeout: DRAW_TIMEOUT_MS }).toEqual(before.sliders);
    await waitForDashboard(opened);
    const again = await save(opened, dir);
    expect(again.name).toBe(saved.name);
    const html = readFileSync(again.path, 'utf8');
    const single = readFileSync(fileURLToPath(singleFileUrl), 'utf8');
    expect(appScript(html).length).toBeGreaterThan(100_000);
    expect(appScript(html) === appScript(single)).toBe(true);
    expect(html.match(/id="metricscope-data"/g)).toHaveLength(1);
    expect(html.match(/id="metricscope-view"/g)).toHaveLength(1);
    expect(refused).toEqual([]);
    expect(offlineErrors).toEqual([]);
    await opened.close();
  });

  it('logs no console error and throws no page error on the served page', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.failedRequests).toEqual([]);
  });
});
