import type { EChartsCoreOption, SetOptionOpts } from 'echarts/core';
import type { ZoomRange } from '../../charts/timeZoom';
import type { DescribePoint } from './pointTooltip';
import { scheduleChartTask } from './scheduleChartTask';

/** What a ScheduledChart drives: the parts of an ECharts instance it uses, and its pointer tooltip. */
export interface Chart {
  setOption(option: EChartsCoreOption, opts: SetOptionOpts): void;
  /** Swaps what the tooltip says where the pointer is (see followPointer). */
  describePoint(describe: DescribePoint | undefined): void;
  on(event: 'finished' | 'datazoom', handler: () => void): void;
  off(event: 'finished', handler: () => void): void;
  /**
   * The x window its dataZoom shows now, in axis values: null for the whole axis, undefined when
   * it has no dataZoom.
   */
  zoomWindow(): ZoomRange | null | undefined;
  resize(): void;
  dispose(): void;
  /** zrender, to paint a resize at once rather than in the next animation frame. */
  getZr(): { flush(): void };
}

/**
 * How long a chart's window must stay still after a zoom (wheel clicks, a slider drag) before it
 * is reported: one report per gesture, not one per wheel click or pointer move.
 */
export const ZOOM_SETTLE_MS = 150;

/** A chart whose work is done later, one chart per task (see scheduledChart). */
export interface ScheduledChart {
  /**
   * Draws `option` in this chart's next task; a newer option before then replaces it. With it, in
   * the same task, `pointTooltip` becomes what the tooltip says where the pointer is (none when
   * undefined), so the tooltip never describes one option with the other's words.
   */
  setOption(option: EChartsCoreOption, opts: SetOptionOpts, pointTooltip?: DescribePoint): void;
  /**
   * Calls `handler` on each 'finished' from the next option drawn on: a render still going on for
   * an older option cannot report the newer one finished.
   */
  on(event: 'finished', handler: () => void): void;
  /** Stops calling `handler`, at once. */
  off(event: 'finished', handler: () => void): void;
  /**
   * Calls `handler` with the x window (null: the whole axis) each time a person zooms the chart,
   * once the window has been still for ZOOM_SETTLE_MS; undefined stops. Options set never report.
   */
  onZoom(handler: ((range: ZoomRange | null) => void) | undefined): void;
  /** Fits the chart to its element again (and repaints it) in this chart's next task. */
  resize(): void;
  /** Drops the work still waiting, at once, and disposes of the chart in a task of its own. */
  dispose(): void;
  isDisposed(): boolean;
}

/**
 * A chart made by `create` that is created, drawn and resized in tasks of its own through
 * scheduleChartTask, so a burst of charts never piles into one long main-thread task. What one
 * task does for a chart: create it (first time), attach new 'finished' handlers, resize it if its
 * element changed size, then set the newest option. setOption without lazyUpdate then renders in
 * that same task (ECharts flushes zrender before it returns), instead of in an animation frame
 * shared with every other chart set lazily at the same time. A chart has at most one task waiting.
 */
export function scheduledChart(create: () => Chart): ScheduledChart {
  let chart: Chart | undefined;
  let disposed = false;
  let cancel: (() => void) | undefined;
  let pending:
    { option: EChartsCoreOption; opts: SetOptionOpts; pointTooltip?: DescribePoint } | undefined;
  let resized = false;
  const attached = new Set<() => void>();
  const toAttach = new Set<() => void>();
  let zoomed: ((range: ZoomRange | null) => void) | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    settle = undefined;
    const range = chart?.zoomWindow();
    if (range !== undefined) zoomed?.(range);
  };

  const run = () => {
    cancel = undefined;
    if (!chart) {
      chart = create();
      // A new chart takes its element's current size.
      resized = false;
      // ECharts reports 'datazoom' for a person's zoom only (dispatchAction), never for setOption.
      chart.on('datazoom', () => {
        clearTimeout(settle);
        settle = setTimeout(report, ZOOM_SETTLE_MS);
      });
    }
    for (const handler of toAttach) {
      chart.on('finished', handler);
      attached.add(handler);
    }
    toAttach.clear();
    const next = pending;
    pending = undefined;
    if (resized) {
      resized = false;
      chart.resize();
      if (!next) chart.getZr().flush();
    }
    if (next) {
      chart.setOption(next.option, next.opts);
      chart.describePoint(next.pointTooltip);
    }
  };

  const schedule = () => {
    if (!disposed && !cancel) cancel = scheduleChartTask(run);
  };

  schedule();
  return {
    setOption(option, opts, pointTooltip) {
      pending = { option, opts, pointTooltip };
      schedule();
    },
    on(_event, handler) {
      toAttach.add(handler);
      schedule();
    },
    off(_event, handler) {
      toAttach.delete(handler);
      if (attached.delete(handler)) chart?.off('finished', handler);
    },
    onZoom(handler) {
      zoomed = handler;
    },
    resize() {
      if (!chart) return;
      resized = true;
      schedule();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      clearTimeout(settle);
      cancel?.();
      cancel = undefined;
      // In a task of its own too: panels unmounting together would otherwise dispose of all their
      // charts in one React commit.
      const made = chart;
      if (made) scheduleChartTask(() => made.dispose());
    },
    isDisposed: () => disposed,
  };
}
