import type { Browser, Page } from 'playwright-core';

/** One task the page's main thread ran, from a Chromium trace. */
export interface MainThreadTask {
  /** When it started, in ms on the trace's clock (only differences mean anything). */
  startMs: number;
  /** Wall-clock duration: what the Long Tasks API reports, other processes' turns included. */
  wallMs: number;
  /** Thread (CPU) time: the main thread's own work, whatever else the machine was doing. */
  cpuMs: number;
}

interface TraceEvent {
  ph: string;
  cat?: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The performance.mark the page makes where the tasks of interest begin (see traceMainThread). */
export const TRACE_FROM_MARK = 'metricscope-trace-from';

/**
 * The renderer main thread's top-level tasks in a Chrome trace (`toplevel` category), in order,
 * from the one running at the TRACE_FROM_MARK performance.mark on (all of them without the mark).
 * With more than one renderer main thread in the trace, the busiest is the page's.
 */
export function mainThreadTasks(trace: { traceEvents: TraceEvent[] }): MainThreadTask[] {
  const events = trace.traceEvents;
  const from = events.find((e) => e.name === TRACE_FROM_MARK)?.ts ?? -Infinity;
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const tasksOf = ({ pid, tid }: TraceEvent) =>
    events
      .filter(
        (e) =>
          e.pid === pid &&
          e.tid === tid &&
          e.ph === 'X' &&
          e.name === 'ThreadControllerImpl::RunTask' &&
          e.dur !== undefined,
      )
      .sort((a, b) => a.ts - b.ts);
  const busy = (tasks: TraceEvent[]) => tasks.reduce((sum, e) => sum + e.dur!, 0);
  const main = mains.map(tasksOf).sort((a, b) => busy(b) - busy(a))[0] ?? [];
  // A task run from a nested loop inside another is part of that one.
  const outer: TraceEvent[] = [];
  for (const task of main) {
    const last = outer[outer.length - 1];
    if (!last || task.ts >= last.ts + last.dur!) outer.push(task);
  }
  return outer
    .filter((e) => e.ts + e.dur! >= from)
    .map((e) => ({
      startMs: e.ts / 1000,
      wallMs: e.dur! / 1000,
      cpuMs: (e.tdur ?? e.dur!) / 1000,
    }));
}

/**
 * Starts a Chromium trace of every thread's top-level tasks (light categories: no JavaScript
 * sampling, no paint events) and marks in the page where it is under way, so that tracing's own
 * start-up task is left out; the function returned stops it and gives the page's main-thread tasks
 * from the mark on.
 */
export async function traceMainThread(
  browser: Browser,
  page: Page,
): Promise<() => Promise<MainThreadTask[]>> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.evaluate((mark) => performance.mark(mark), TRACE_FROM_MARK);
  return async () => {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    return mainThreadTasks(trace);
  };
}
