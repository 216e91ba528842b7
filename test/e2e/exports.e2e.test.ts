import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_NAMES, drawnChart, panel, openDrawnDashboard } from './dashboard';
import type { ChromiumSession } from './launchChromium';

/** PNG's 8-byte signature. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const FILE_DATE = /\d{4}-\d{2}-\d{2}/.source;

/** Clicks `button` and returns the download it starts, with its bytes. */
async function download(page: Page, button: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file, bytes: readFileSync(await file.path()) };
}

/** The records of an RFC 4180 CSV text (CRLF), as PapaParse reads them. */
function records(text: string): string[][] {
  const parser = new Papa.Parser({ delimiter: ',', newline: '\r\n' });
  return parser.parse(text, 0, false).data.filter((record) => record.join('') !== '');
}

/** Whether `locator`'s elements are all out of the layout (display: none on them or above). */
const allHidden = (locator: Locator) =>
  locator.evaluateAll((elements) =>
    elements.every((e) => (e as HTMLElement).offsetParent === null),
  );

describe('exports (PNG, SVG, CSV, report, print), production build served at /', () => {
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    session = await openDrawnDashboard();
    page = session.page;
  });

  afterAll(() => session?.close());

  it('PNG on the Anomalies chart downloads a PNG of it at twice its size, named for the panel and day', async () => {
    const chart = await drawnChart(page, 'Anomalies');
    const box = (await chart.boundingBox())!;
    const { file, bytes } = await download(
      page,
      panel(page, 'Anomalies').getByRole('button', { name: 'Download Anomalies chart as PNG' }),
    );
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^metricscope-anomalies-${FILE_DATE}\\.png$`),
    );
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR: width and height, big-endian, right after the signature and the chunk's length and type.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([
      Math.round(2 * box.width),
      Math.round(2 * box.height),
    ]);
  });

  it('SVG on the Percentile bands chart downloads an SVG document of the chart’s size', async () => {
    const chart = await drawnChart(page, 'Percentile bands');
    const box = (await chart.boundingBox())!;
    const { file, bytes } = await download(
      page,
      panel(page, 'Percentile bands').getByRole('button', {
        name: 'Download Percentile bands chart as SVG',
      }),
    );
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^metricscope-percentile-bands-${FILE_DATE}\\.svg$`),
    );
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`width="${Math.round(box.width)}" height="${Math.round(box.height)}"`);
    expect(svg).toContain('<path');
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
  });

  it('the farm heatmap offers PNG only, and says why', async () => {
    const farm = panel(page, 'Server farm');
    const png = farm.getByRole('button', { name: 'Download Server farm heatmap as PNG' });
    expect(await png.getAttribute('title')).toMatch(/^PNG only: /);
    expect(await farm.getByRole('button', { name: /as SVG$/ }).count()).toBe(0);
  });

  it('CSV on the Anomalies panel downloads its table: the header, then one record per row, in order', async () => {
    const anomalies = panel(page, 'Anomalies');
    const { file, bytes } = await download(
      page,
      anomalies.getByRole('button', { name: 'Download Anomalies data as CSV' }),
    );
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^metricscope-anomalies-${FILE_DATE}\\.csv$`),
    );
    // UTF-8 with a byte-order mark (for Excel), CRLF after every record.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = records(text);
    expect(header).toEqual([
      'index',
      'kind',
      'why',
      'value (ms)',
      'expected (ms)',
      'deviation (σ)',
      'score',
    ]);
    const table = anomalies.getByRole('table');
    const tableRows = table.locator('tbody tr');
    expect(rows).toHaveLength(await tableRows.count());
    expect(rows.length).toBeGreaterThan(0);
    // The same anomalies in the same order: the Why column word for word.
    const why = await tableRows.locator('td:nth-child(2)').allTextContents();
    expect(rows.map((row) => row[2])).toEqual(why);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it('Report lists every panel with its key figures and its charts as images', async () => {
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    const report = page.getByRole('region', { name: 'Metricscope report' });
    await expect.poll(() => report.isVisible()).toBe(true);
    const titles = await report.locator('article h3').allTextContents();
    expect(titles).toEqual([...PANEL_NAMES]);
    const anomalies = report.getByRole('article', { name: 'Anomalies' });
    const panelCard = await panel(page, 'Anomalies').locator('.stat-card').first().textContent();
    expect(await anomalies.locator('.stat-card').first().textContent()).toBe(panelCard);
    const images = report.getByRole('img');
    const sizes = await images.evaluateAll((imgs) =>
      imgs.map((img) => [(img as HTMLImageElement).alt, (img as HTMLImageElement).naturalWidth]),
    );
    const charts = await page.locator('.panels [data-chart]').count();
    expect(sizes).toHaveLength(charts);
    expect(sizes.every(([, width]) => Number(width) > 0)).toBe(true);
    expect(sizes.map(([alt]) => alt)).toContain('Server farm heatmap');
  });

  it('printed with the report open, only the report is on paper, without its buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const report = page.getByRole('region', { name: 'Metricscope report' });
      expect(await report.isVisible()).toBe(true);
      expect(await allHidden(page.locator('.panels'))).toBe(true);
      expect(await allHidden(page.locator('.page-header'))).toBe(true);
      expect(await allHidden(report.getByRole('button'))).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: 'Close report' }).click();
    expect(await page.getByRole('region', { name: 'Metricscope report' }).count()).toBe(0);
  });

  it('printed without the report: no controls or buttons, every panel and chart, one panel per page', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      for (const controls of ['.page-header', '.controls', '.chart-export', '.panel-export']) {
        expect(await page.locator(controls).count(), controls).toBeGreaterThan(0);
        expect(await allHidden(page.locator(controls)), `${controls} hidden`).toBe(true);
      }
      expect(await page.locator('.panels button:visible, .panels select:visible').count()).toBe(0);
      for (const name of PANEL_NAMES) expect(await panel(page, name).isVisible(), name).toBe(true);
      const breaks = await page
        .locator('.panel')
        .evaluateAll((panels) => panels.map((p) => getComputedStyle(p).breakAfter));
      expect(breaks.slice(0, -1).every((b) => b === 'page')).toBe(true);
      // Every chart is on paper and fits it: drawn, and no wider than its panel.
      const misfits = await page.locator('.panel [data-chart] canvas').evaluateAll((canvases) =>
        canvases.flatMap((canvas) => {
          const box = canvas.getBoundingClientRect();
          const fits = box.height > 0 && box.width <= canvas.closest('.panel')!.clientWidth + 1;
          return fits ? [] : [`${canvas.closest('[data-chart]')!.getAttribute('data-chart')}`];
        }),
      );
      expect(misfits).toEqual([]);
      // A page narrower than the screen: the charts are scaled down to it, then drawn at its width.
      await page.setViewportSize({ width: 700, height: 1000 });
      await expect
        .poll(() =>
          page.locator('.panel [data-chart] canvas').evaluateAll((canvases) =>
            canvases.every((canvas) => {
              const box = canvas.getBoundingClientRect();
              return box.height > 0 && box.width <= canvas.closest('.panel')!.clientWidth + 1;
            }),
          ),
        )
        .toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('logs no console error and throws no page error', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
