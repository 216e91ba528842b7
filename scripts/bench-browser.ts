/**
 * Browser benchmark: the production build (`dist/`, rebuilt with `vite build` when missing or
 * older than the sources) served on 127.0.0.1 and driven in Debian's headless Chromium, the same
 * harness as the whole-app tests. Prints one table, each figure the median over RUNS runs (each run
 * in a fresh browser) against the product's target:
 * - small demo: navigation -> every panel drawn (< 1.5 s)
 * - large demo: Regenerate -> every panel drawn
 * - a dropped 1e6-row CSV (wide, ~42 MB): file input change -> every panel drawn (< 2.5 s), and
 *   how fast the worker read it (its size over the File report's "Read in": >= 150 MB/s)
 * - 1e7 points: a 10,000-host farm as a ~420 MB long CSV, written to a temporary file as a stream
 *   and opened through the file input: loads and draws, with the page's peak JS heap (CDP
 *   Performance.getMetrics) and the tab's peak memory (its renderer process's RSS, the worker's
 *   arrays included); once, not RUNS times (minutes on a 2-core machine)
 * - slider moves on 1e6 points (the large demo's anomaly threshold, one step each): the worker's
 *   compute time, as it reports it with the result (< 30 ms); request -> result on the page, as
 *   the store times it (the worker's time, the transfer, and any main-thread work before the
 *   answer is read); and input event -> chart redrawn (ECharts' 'finished' after the new option;
 *   < 100 ms), for the first move (code not yet compiled) and as the median of the next four (a
 *   drag)
 * and for each the longest main-thread task (< 50 ms): CPU time from a Chromium trace where one
 * is taken, else wall-clock from the Long Tasks API (page load).
 *
 * Flags: --smoke (the small demo and a 1e5-row CSV only, one run each: for CI, so the benchmark
 * never rots), --small-demo=N (the small demo only, N runs: for comparing start-up changes),
 * --json (one JSON object on stdout instead of the table).
 */
import { statSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './bench/formatTable';
import { writeLongCsv } from './bench/writeLongCsv';
import { writeWideCsv } from './bench/writeWideCsv';
import { DRAW_TIMEOUT_MS, panel, waitForDashboard } from '../test/e2e/dashboard';
import { armRedrawTimer, longTasksBetween, recordDrawTimes } from '../test/e2e/drawTimes';
import { loadThroughInput, longestBy, recordLoad } from '../test/e2e/fileLoad';
import { viteBuild } from '../test/e2e/globalSetup';
import { launchChromium, type ChromiumSession } from '../test/e2e/launchChromium';
import { traceMainThread } from '../test/e2e/mainThreadTasks';
import { startStaticServer } from '../test/e2e/staticServer';

const args = new Set(process.argv.slice(2));
const SMOKE = args.has('--smoke');
const JSON_OUT = args.has('--json');
/** N of --small-demo=N; 0 without it. */
const SMALL_DEMO_RUNS = Number(
  process.argv.find((arg) => arg.startsWith('--small-demo='))?.slice('--small-demo='.length) ?? 0,
);
const RUNS = SMALL_DEMO_RUNS || (SMOKE ? 1 : 3);
/** Slider moves timed after the first one in each run. */
const NEXT_MOVES = 4;
/** Every scenario (beside the small demo) run: neither --smoke nor --small-demo. */
const FULL = !SMOKE && !SMALL_DEMO_RUNS;
const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * One figure: its scenario, the value of each run, the target it is held to: below a number (a
 * time, memory) or, for a rate, at least that number.
 */
interface Figure {
  scenario: string;
  unit: 'ms' | 'MiB' | 'MB/s';
  runs: number[];
  /** Met when the figure is below this (a rate: at least this); none when only reported. */
  target?: number;
}

/** Whether a figure in `unit` is better higher (a rate) rather than lower (a time, memory). */
const higherIsBetter = (unit: Figure['unit']) => unit === 'MB/s';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The newest modification time (ms) of any file under `path`. */
function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ when it is missing or older than the sources, index.html or the Vite config. */
async function ensureBuild(): Promise<void> {
  const built = (() => {
    try {
      return statSync(join(root, 'dist/index.html')).mtimeMs;
    } catch {
      return -Infinity;
    }
  })();
  const sources = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts'].map((p) => newest(join(root, p))),
  );
  if (built >= sources) return;
  log('Building dist/ (vite build)...');
  await viteBuild('vite.config.ts');
}

/** Opens the dashboard in a fresh browser with the draw and load recorders, demo drawn. */
async function openDashboard(url: string): Promise<ChromiumSession> {
  const session = await launchChromium();
  await recordDrawTimes(session.page);
  await recordLoad(session.page);
  await session.page.goto(url);
  await waitForDashboard(session.page);
  return session;
}

/** Navigation -> every panel drawn, and the longest long task (wall-clock) meanwhile. */
async function smallDemo(session: ChromiumSession) {
  const { page } = session;
  const drawnMs = await page.evaluate(() => window.__lastDrawnAt ?? NaN);
  const { longestMs } = await longTasksBetween(page, 0, drawnMs);
  return { drawnMs, longestMs };
}

/** Regenerate at the large size -> every panel drawn, and the most CPU one main-thread task took. */
async function largeDemo(session: ChromiumSession) {
  const { page, browser } = session;
  const before = await panel(page, 'Overview').elementHandle();
  await page.getByRole('combobox', { name: 'Scenario size', exact: true }).selectOption('large');
  const regenerate = page.getByRole('button', { name: 'Regenerate', exact: true });
  await regenerate.evaluate((button) =>
    button.addEventListener('click', () => (window.__regenerateAt = performance.now()), {
      once: true,
    }),
  );
  const stopTrace = await traceMainThread(browser, page);
  await regenerate.click();
  await page.waitForFunction((old) => !old?.isConnected, before, { timeout: DRAW_TIMEOUT_MS });
  await waitForDashboard(page);
  const tasks = await stopTrace();
  const { regenerateAt, lastDrawnAt } = await page.evaluate(() => ({
    regenerateAt: window.__regenerateAt ?? NaN,
    lastDrawnAt: window.__lastDrawnAt ?? NaN,
  }));
  return { drawnMs: lastDrawnAt - regenerateAt, longestMs: longestBy(tasks, 'cpuMs')?.cpuMs ?? 0 };
}

/** One step of the anomaly threshold on the large demo's 1e6 points: worker and redraw times. */
async function sliderMove(session: ChromiumSession) {
  const { page, browser } = session;
  const region = panel(page, 'Anomalies');
  const name = 'Anomaly threshold (σ)';
  const slider = region.getByRole('slider', { name, exact: true });
  const { step, value } = await slider.evaluate((input: HTMLInputElement) => ({
    step: Number(input.step),
    value: Number(input.value),
  }));
  await armRedrawTimer(page, name);
  const stopTrace = await traceMainThread(browser, page);
  await slider.fill(String(Number((value - step).toFixed(6))));
  const timing = await page.evaluate(() => window.__redraw!);
  await waitForDashboard(page);
  const tasks = await stopTrace();
  // The panel's timing: answered (request -> result on the page) and the worker's compute time.
  const shown = region.locator('.timing');
  const answeredMs = Number.parseFloat((await shown.textContent()) ?? '');
  const workerMs = Number((await shown.getAttribute('data-compute-ms')) ?? NaN);
  return {
    workerMs,
    answeredMs,
    drawnMs: timing.drawn,
    longestMs: longestBy(tasks, 'cpuMs')?.cpuMs ?? 0,
  };
}

/** Opens the CSV at `path` in a fresh dashboard: change -> drawn, longest task, peak JS heap. */
async function dropCsv(url: string, path: string, rows: number) {
  const session = await openDashboard(url);
  try {
    const load = await loadThroughInput(session, path, rows);
    return {
      readMBps: statSync(path).size / 1e3 / load.readMs,
      drawnMs: load.drawnMs,
      longestMs: longestBy(load.tasks, 'cpuMs')?.cpuMs ?? 0,
      heapMiB: load.memory.pageHeap / 2 ** 20,
      tabMiB: load.memory.rendererRss / 2 ** 20,
    };
  } finally {
    await session.close();
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The figures of every scenario, RUNS runs each (the 1e7-point file once). */
async function measure(url: string, dir: string): Promise<Figure[]> {
  const figures = new Map<string, Figure>();
  const add = (scenario: string, value: number, target?: number, unit: Figure['unit'] = 'ms') => {
    const figure = figures.get(scenario) ?? { scenario, unit, runs: [], target };
    figure.runs.push(value);
    figures.set(scenario, figure);
    log(`  ${scenario}: ${value.toFixed(0)} ${unit}`);
  };
  const csvRows = SMOKE ? 100_000 : 1_000_000;
  const csvLabel = SMOKE ? '1e5-row CSV' : '1e6-row CSV';
  const csv = join(dir, `wide-${csvRows}.csv`);
  if (!SMALL_DEMO_RUNS) writeWideCsv(csv, csvRows);
  for (let run = 1; run <= RUNS; run++) {
    log(`Run ${run} of ${RUNS}: small demo${FULL ? ', large demo, slider' : ''}...`);
    const session = await openDashboard(url);
    try {
      const small = await smallDemo(session);
      add('small demo: load -> all panels drawn', small.drawnMs, 1500);
      add('small demo: longest main-thread task (wall)', small.longestMs, 50);
      if (FULL) {
        const large = await largeDemo(session);
        add('large demo: Regenerate -> all panels drawn', large.drawnMs);
        add('large demo: longest main-thread task (CPU)', large.longestMs, 50);
        // The first move runs code no earlier one compiled; the next ones show a drag's pace.
        const first = await sliderMove(session);
        const next = [];
        for (let move = 0; move < NEXT_MOVES; move++) next.push(await sliderMove(session));
        const nextLabel = `moves 2-${NEXT_MOVES + 1}, median`;
        add('slider on 1e6 points: worker compute, first move', first.workerMs, 30);
        add(
          `slider on 1e6 points: worker compute, ${nextLabel}`,
          median(next.map((m) => m.workerMs)),
          30,
        );
        add('slider on 1e6 points: request -> answer on the page, first move', first.answeredMs);
        add(
          `slider on 1e6 points: request -> answer on the page, ${nextLabel}`,
          median(next.map((m) => m.answeredMs)),
        );
        add('slider on 1e6 points: input -> chart redrawn, first move', first.drawnMs, 100);
        add(
          `slider on 1e6 points: input -> chart redrawn, ${nextLabel}`,
          median(next.map((m) => m.drawnMs)),
          100,
        );
        const longest = Math.max(first.longestMs, ...next.map((m) => m.longestMs));
        add('slider on 1e6 points: longest main-thread task (CPU)', longest, 50);
      }
    } finally {
      await session.close();
    }
    if (SMALL_DEMO_RUNS) continue;
    log(`Run ${run} of ${RUNS}: ${csvLabel}...`);
    const dropped = await dropCsv(url, csv, csvRows);
    add(`${csvLabel} dropped -> all panels drawn`, dropped.drawnMs, SMOKE ? undefined : 2500);
    add(`${csvLabel}: read in the worker`, dropped.readMBps, SMOKE ? undefined : 150, 'MB/s');
    add(`${csvLabel}: longest main-thread task (CPU)`, dropped.longestMs, 50);
  }
  rmSync(csv, { force: true });
  if (FULL) {
    const path = join(dir, 'farm-1e7.csv');
    const { bytes, rows } = writeLongCsv(path, 10_000, 334);
    log(`1e7 points: ${rows} rows, ${(bytes / 1e6).toFixed(0)} MB, once...`);
    const farm = await dropCsv(url, path, rows);
    rmSync(path);
    add('1e7 points (10,000-host farm CSV) -> all panels drawn', farm.drawnMs);
    add('1e7 points: longest main-thread task (CPU)', farm.longestMs, 50);
    add('1e7 points: page JS heap at peak (main thread)', farm.heapMiB, undefined, 'MiB');
    add(
      '1e7 points: tab memory at peak (renderer RSS, page + worker)',
      farm.tabMiB,
      undefined,
      'MiB',
    );
  }
  return [...figures.values()];
}

async function main(): Promise<void> {
  await ensureBuild();
  const server = await startStaticServer(join(root, 'dist'), ['/']);
  const dir = mkdtempSync(join(tmpdir(), 'metricscope-bench-browser-'));
  let figures: Figure[];
  try {
    figures = await measure(`${server.origin}/`, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
  const rows = figures.map((f) => {
    const value = median(f.runs);
    return {
      scenario: f.scenario,
      median: value,
      unit: f.unit,
      runs: f.runs,
      target: f.target ?? null,
      met:
        f.target === undefined
          ? null
          : higherIsBetter(f.unit)
            ? value >= f.target
            : value < f.target,
    };
  });
  if (JSON_OUT) {
    console.log(JSON.stringify({ runs: RUNS, smoke: SMOKE, figures: rows }, null, 2));
    return;
  }
  const cell = (x: number, unit: string) => `${x.toFixed(0)} ${unit}`;
  console.log(
    formatTable(
      ['scenario', `median of ${RUNS}`, 'target', 'met?'],
      rows.map((r) => [
        r.scenario,
        cell(r.median, r.unit),
        r.target === null
          ? '(reported)'
          : `${higherIsBetter(r.unit) ? '>=' : '<'} ${cell(r.target, r.unit)}`,
        r.met === null ? '' : r.met ? 'yes' : 'no',
      ]),
    ),
  );
}

await main();
