import { execFileSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { waitForDashboard } from './dashboard';
import type { ChromiumSession } from './launchChromium';
import { traceMainThread, type MainThreadTask } from './mainThreadTasks';

/** Generous: a 2-core machine shared with other test runs reads 210 MB in minutes. */
export const LOAD_TIMEOUT_MS = 600_000;

declare global {
  interface Window {
    /** performance.now() marks of the latest file-input change, report and drawn charts. */
    __scale?: {
      changeAt?: number;
      reportAt?: number;
      lastDrawnAt?: number;
      longTasks: { startTime: number; duration: number }[];
    };
  }
}

/** Records, from the page's first script on, long tasks, file-input changes and drawn charts. */
export async function recordLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const marks: NonNullable<Window['__scale']> = { longTasks: [] };
    window.__scale = marks;
    new PerformanceObserver((list) => {
      for (const { startTime, duration } of list.getEntries()) {
        marks.longTasks.push({ startTime, duration });
      }
    }).observe({ type: 'longtask', buffered: true });
    window.addEventListener('change', (event) => (marks.changeAt = event.timeStamp), true);
    new MutationObserver((records) => {
      const now = performance.now();
      for (const record of records) {
        if ((record.target as Element).getAttribute?.('data-drawn') === 'true') {
          marks.lastDrawnAt = now;
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

export interface MemoryPeaks {
  /** Largest RSS of one renderer process (the page and its worker), bytes. */
  rendererRss: number;
  /** Largest sum of RSS over this browser's child processes, bytes. */
  totalRss: number;
  /** Largest JSHeapUsedSize of the page's main thread, bytes. */
  pageHeap: number;
  samples: number;
}

/** RSS in bytes of each pid `ps` still finds. */
function rssOf(pids: number[]): Map<number, number> {
  const rss = new Map<number, number>();
  if (pids.length === 0) return rss;
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,rss=', '-p', pids.join(',')], { encoding: 'utf8' });
  } catch (error) {
    // ps exits 1 when some pid has gone; what it printed still counts.
    out = (error as { stdout?: string }).stdout ?? '';
  }
  for (const line of out.trim().split('\n')) {
    const [pid, kib] = line.trim().split(/\s+/).map(Number);
    if (Number.isFinite(pid) && Number.isFinite(kib)) rss.set(pid, kib * 1024);
  }
  return rss;
}

/** Samples memory every 250 ms until stop() resolves with the peaks. */
export async function sampleMemory(session: ChromiumSession): Promise<() => Promise<MemoryPeaks>> {
  const browserCdp = await session.browser.newBrowserCDPSession();
  const pageCdp: CDPSession = await session.context.newCDPSession(session.page);
  await pageCdp.send('Performance.enable');
  const peaks: MemoryPeaks = { rendererRss: 0, totalRss: 0, pageHeap: 0, samples: 0 };
  const sample = async () => {
    const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const rss = rssOf(processInfo.map((p) => p.id));
    let total = 0;
    for (const { type, id } of processInfo) {
      total += rss.get(id) ?? 0;
      if (type === 'renderer') peaks.rendererRss = Math.max(peaks.rendererRss, rss.get(id) ?? 0);
    }
    peaks.totalRss = Math.max(peaks.totalRss, total);
    const { metrics } = await pageCdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    peaks.pageHeap = Math.max(peaks.pageHeap, heap);
    peaks.samples++;
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      // A busy renderer may answer late; a missed sample is not a failure.
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await sample().catch(() => undefined);
    await Promise.all([browserCdp.detach(), pageCdp.detach()]);
    return peaks;
  };
}

export interface Load {
  reportMs: number;
  /** How long the worker took to read the file (the File report's "Read in"). */
  readMs: number;
  drawnMs: number;
  /** Wall-clock, by the Long Tasks API (which reports tasks over 50 ms only). */
  longestTaskMs: number;
  longTasksOver50: number;
  /** Every main-thread task from the trace, wall-clock and CPU time. */
  tasks: MainThreadTask[];
  memory: MemoryPeaks;
}

/** The task that took the most of `key`, or undefined when there are none. */
export const longestBy = (tasks: MainThreadTask[], key: 'wallMs' | 'cpuMs') =>
  tasks.reduce<MainThreadTask | undefined>((a, b) => (a && a[key] >= b[key] ? a : b), undefined);

/**
 * Opens the CSV at `path` through the file input (the page must run recordLoad) and waits until
 * the File report says `rows` rows were read and every panel is drawn or says what it needs; the
 * load's timings, main-thread tasks and memory peaks.
 */
export async function loadThroughInput(
  session: ChromiumSession,
  path: string,
  rows: number,
): Promise<Load> {
  const { page } = session;
  await page.evaluate(() => {
    const marks = window.__scale!;
    marks.changeAt = marks.reportAt = marks.lastDrawnAt = undefined;
  });
  const stop = await sampleMemory(session);
  const stopTrace = await traceMainThread(session.browser, page);
  await page.locator('input[type="file"]').setInputFiles(path);
  const rowsText = rows.toLocaleString('en-US');
  await page.waitForFunction(
    (expected) => {
      const facts = [...document.querySelectorAll('.file-report dt')];
      const rowsRead = facts.find((dt) => dt.textContent === 'Rows read')?.nextElementSibling;
      return rowsRead?.textContent === expected;
    },
    rowsText,
    { timeout: LOAD_TIMEOUT_MS, polling: 500 },
  );
  await waitForDashboard(page);
  const tasks = await stopTrace();
  const memory = await stop();

  const marks = await page.evaluate(() => window.__scale!);
  const readMs = Number(
    await page.locator('.file-report dd[data-read-ms]').getAttribute('data-read-ms'),
  );
  const changeAt = marks.changeAt ?? NaN;
  const lastDrawnAt = marks.lastDrawnAt ?? NaN;
  const during = marks.longTasks.filter(
    (task) => task.startTime + task.duration >= changeAt && task.startTime <= lastDrawnAt,
  );
  return {
    reportMs: (marks.reportAt ?? NaN) - changeAt,
    readMs,
    drawnMs: lastDrawnAt - changeAt,
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    longTasksOver50: during.length,
    tasks,
    memory,
  };
}
