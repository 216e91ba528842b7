/**
 * Scale: generated CSVs opened through the hidden file input of the production build in Chromium:
 * wide (ISO timestamp + 3 numeric columns, ~42 bytes a row) and long (timestamp, host, metric,
 * value, ~42 bytes a row, pivoted into the server farm). Prints timings and memory (the lead reads
 * them; a 2-core CI machine is too noisy for thresholds on them); asserts that every row is read
 * and every panel is drawn.
 *
 * - 1e6 rows (~42 MB), wide and long: always run. Prints input change -> report shown -> every
 *   panel drawn, and the longest main-thread task during the load against the goal (no task over
 *   50 ms); the long file's farm heatmap is the largest single chart (200 servers x up to 480
 *   cells). Each task is timed twice: wall-clock by the Long Tasks API (what a user waits) and
 *   main-thread CPU time from a Chromium trace of the same load. The goal is held by
 *   `npm run bench:browser` on a quiet machine, not asserted here: speed is measured in
 *   benchmarks, and on a shared 2-core machine even CPU time moves by 10 ms between loads (52, 57
 *   and 59 ms for three loads of the same file in one run).
 * - 5e6 rows (~215 MB): load time and peak memory. Runs in every `npm test`: on the 2-core dev
 *   machine the whole case took ~55 s (file written, page opened, loaded, drawn), under the ~3 min
 *   at which it would move behind an opt-in env var. It peaks at ~4.5 GB RSS across Chromium.
 *
 * Memory: the renderer process's peak RSS (page and its dedicated worker share that process) and
 * the sum over every Chromium child process, sampled with `ps` every 250 ms using the pids CDP's
 * SystemInfo.getProcessInfo gives for this browser only; and the page's peak JS heap from CDP
 * Performance.getMetrics. performance.measureUserAgentSpecificMemory would give the worker's heap
 * on its own, but needs a cross-origin-isolated page, which the static server does not make.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeLongCsv } from '../../scripts/bench/writeLongCsv';
import { writeWideCsv } from '../../scripts/bench/writeWideCsv';
import {
  needsOf,
  PANEL_NAMES,
  panel,
  SERIES_PANELS,
  statValue,
  waitForDashboard,
  type PanelName,
} from './dashboard';
import { launchChromium, type ChromiumSession } from './launchChromium';
import { LOAD_TIMEOUT_MS, loadThroughInput, longestBy, recordLoad, type Load } from './fileLoad';

const { rootUrl } = inject('e2e');

/** The product goal: no main-thread task longer than this while a file loads and draws. */
const LONG_TASK_MS = 50;

const ms = (x: number) => `${x.toFixed(0)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** Checks that the header names the file with its rows and `series`, and `panels` draw. */
async function expectShown(
  page: Page,
  file: { path: string; rows: number; series: string },
  panels: readonly PanelName[],
): Promise<void> {
  const name = file.path.split('/').pop();
  expect(await page.locator('.source').textContent()).toBe(
    `${name} · ${file.rows.toLocaleString('en-US')} rows · ${file.series}`,
  );
  for (const drawn of panels) expect(await needsOf(page, drawn), drawn).toBeNull();
}

function printLoad(label: string, bytes: number, load: Load): void {
  const { memory, tasks } = load;
  const byWall = longestBy(tasks, 'wallMs');
  const byCpu = longestBy(tasks, 'cpuMs');
  console.log(
    `[measure] ${label} (${(bytes / 1e6).toFixed(0)} MB) through the file input: read in the ` +
      `worker in ${ms(load.readMs)} (${(bytes / 1e3 / load.readMs).toFixed(0)} MB/s), File ` +
      `report shown ${ms(load.reportMs)}, every panel drawn ${ms(load.drawnMs)} after the change ` +
      `event; ` +
      `longest main-thread task during the load ${ms(load.longestTaskMs)} wall-clock ` +
      `(Long Tasks API; ${load.longTasksOver50} over 50 ms); traced, ${tasks.length} tasks: ` +
      `longest ${ms(byWall?.wallMs ?? 0)} wall-clock of which ${ms(byWall?.cpuMs ?? 0)} CPU, ` +
      `most CPU ${ms(byCpu?.cpuMs ?? 0)} (goal: none over ${LONG_TASK_MS} ms); peak memory: renderer ` +
      `(page + worker) RSS ${mib(memory.rendererRss)}, all Chromium children RSS ` +
      `${mib(memory.totalRss)} (ps), page JS heap ${mib(memory.pageHeap)} (CDP ` +
      `Performance.getMetrics; ${memory.samples} samples)`,
  );
}

describe('scale: million-row CSVs through the file input (measurements printed)', () => {
  let dir: string;
  let session: ChromiumSession | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'metricscope-scale-'));
  });
  afterEach(() => session?.close());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function openDashboard(): Promise<ChromiumSession> {
    const opened = await launchChromium({ viewport: { width: 1280, height: 800 } });
    await recordLoad(opened.page);
    await opened.page.goto(rootUrl);
    await waitForDashboard(opened.page);
    return opened;
  }

  /** Loads `path` in a fresh dashboard: every row read and every panel shown; prints the load. */
  async function loadsAndDraws(
    label: string,
    file: { path: string; bytes: number; rows: number; series: string },
    panels: readonly PanelName[],
  ): Promise<void> {
    await session?.close();
    session = await openDashboard();
    const load = await loadThroughInput(session, file.path, file.rows);
    await expectShown(session.page, file, panels);
    printLoad(label, file.bytes, load);
    expect(load.drawnMs).toBeGreaterThan(0);
    expect(load.tasks.length, 'main-thread tasks traced').toBeGreaterThan(100);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }

  it('a 1e6-row wide CSV: all 1,000,000 rows read, every panel drawn; prints load time and the longest task', async () => {
    const rows = 1_000_000;
    const path = join(dir, 'wide-1e6.csv');
    const bytes = writeWideCsv(path, rows);
    await loadsAndDraws(
      '1e6-row wide CSV',
      { path, bytes, rows, series: '3 series' },
      SERIES_PANELS,
    );
  }, 600_000);

  it('a 1e6-row long CSV (200 servers x cpu, mem, io x 1,667 minutes): pivoted into the farm, every panel and the heatmap drawn; prints the longest task', async () => {
    const path = join(dir, 'long-1e6.csv');
    const { bytes, rows } = writeLongCsv(path, 200, 1_667);
    const panels = PANEL_NAMES.filter(
      (name) => SERIES_PANELS.includes(name) || name === 'Server farm',
    );
    // 200 servers x 3 metrics, and each metric's fleet mean, max and p95 (derived).
    const series = '600 series + 9 derived';
    await loadsAndDraws('1e6-row long CSV', { path, bytes, rows, series }, panels);
    const servers = panel(session!.page, 'Server farm');
    expect(await statValue(servers, 'Servers').textContent()).toBe('200');
  }, 600_000);

  it(
    'a 5e6-row CSV: all rows read and every panel drawn; prints load time and peak memory',
    async () => {
      const rows = 5_000_000;
      const path = join(dir, 'wide-5e6.csv');
      const bytes = writeWideCsv(path, rows);
      session = await openDashboard();
      const isolated = await session.page.evaluate(() => window.crossOriginIsolated);
      const load = await loadThroughInput(session, path, rows);
      await expectShown(session.page, { path, rows, series: '3 series' }, SERIES_PANELS);
      printLoad('5e6-row CSV', bytes, load);
      console.log(
        `[measure] 5e6: crossOriginIsolated=${isolated}, so ` +
          `${isolated ? 'measureUserAgentSpecificMemory was usable but is not used' : 'no measureUserAgentSpecificMemory'}; memory is ps RSS + CDP heap`,
      );
      expect(load.drawnMs).toBeGreaterThan(0);
      expect(session.pageErrors).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
    },
    LOAD_TIMEOUT_MS + 120_000,
  );
});
