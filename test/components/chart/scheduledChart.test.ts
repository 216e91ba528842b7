import type { EChartsCoreOption, SetOptionOpts } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import type { DescribePoint } from '../../../src/components/chart/pointTooltip';
import { scheduleChartTask } from '../../../src/components/chart/scheduleChartTask';
import {
  scheduledChart,
  ZOOM_SETTLE_MS,
  type Chart,
} from '../../../src/components/chart/scheduledChart';
import type { ZoomRange } from '../../../src/charts/timeZoom';

/** Resolves once every chart task scheduled before it has run (the queue is first in, first out). */
const drained = () => new Promise<void>((resolve) => scheduleChartTask(resolve));

/**
 * A stand-in ECharts instance: records each call, in order, and fires 'finished' on demand. Calls
 * also go to `log`, each followed by 'task ends' from a microtask: microtasks run when a macrotask
 * ends, so two calls made in one macrotask show no 'task ends' between them.
 */
class FakeChart implements Chart {
  readonly calls: string[] = [];
  readonly options: EChartsCoreOption[] = [];
  readonly flags: SetOptionOpts[] = [];
  private readonly handlers = new Set<() => void>();
  private readonly zoomHandlers = new Set<() => void>();
  /** The x window zoomWindow answers, as a person's zoom leaves it. */
  window: ZoomRange | null | undefined = undefined;
  constructor(private readonly log: string[] = []) {}
  private record(call: string) {
    this.calls.push(call);
    this.log.push(call);
    queueMicrotask(() => this.log.push('task ends'));
  }
  setOption(option: EChartsCoreOption, opts: SetOptionOpts) {
    this.record(`setOption ${String(option.title)}`);
    this.options.push(option);
    this.flags.push(opts);
  }
  /** Each pointer tooltip swapped in, as what it says at (0, 0), after the options set so far. */
  readonly described: string[] = [];
  describePoint(describe: DescribePoint | undefined) {
    this.described.push(`${describe?.(0, 0) ?? 'none'} after ${this.options.length} options`);
  }
  on(event: 'finished' | 'datazoom', handler: () => void) {
    (event === 'finished' ? this.handlers : this.zoomHandlers).add(handler);
  }
  zoomWindow() {
    return this.window;
  }
  /** A person zooming to `window`: ECharts' 'datazoom' event. */
  zoom(window: ZoomRange | null) {
    this.window = window;
    this.zoomHandlers.forEach((handler) => handler());
  }
  off(_event: 'finished', handler: () => void) {
    this.handlers.delete(handler);
  }
  resize() {
    this.record('resize');
  }
  dispose() {
    this.record('dispose');
  }
  getZr() {
    return { flush: () => this.record('flush') };
  }
  /** ECharts reporting a render finished, as it does from setOption or a later frame. */
  finish() {
    this.handlers.forEach((handler) => handler());
  }
}

/** A scheduledChart over a FakeChart, with how many times it was created. */
function fake(log?: string[]) {
  const made: FakeChart[] = [];
  const chart = scheduledChart(() => {
    const instance = new FakeChart(log);
    made.push(instance);
    return instance;
  });
  return { chart, made };
}

/** Resolves once a zoom gesture has settled (ZOOM_SETTLE_MS and a little). */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, ZOOM_SETTLE_MS + 30));

const option = (title: string): EChartsCoreOption => ({ title });
const whole = { notMerge: true };

describe('scheduledChart', () => {
  it('scheduledChart(create) creates the chart in a later task, not at once, and only once', async () => {
    const { chart, made } = fake();
    expect(made).toHaveLength(0);
    await drained();
    expect(made).toHaveLength(1);
    chart.setOption(option('a'), whole);
    await drained();
    expect(made).toHaveLength(1);
  });

  it('setOption(option, opts) sets it in the chart task with the flags given', async () => {
    const { chart, made } = fake();
    chart.setOption(option('a'), whole);
    expect(made).toHaveLength(0);
    await drained();
    expect(made[0].options).toEqual([option('a')]);
    expect(made[0].flags).toEqual([whole]);
  });

  it('setOption(option) twice before the task runs sets only the newer option', async () => {
    const { chart, made } = fake();
    await drained();
    chart.setOption(option('a'), whole);
    chart.setOption(option('b'), whole);
    await drained();
    expect(made[0].options).toEqual([option('b')]);
  });

  it('setOption(option, opts, pointTooltip) swaps the point tooltip right after that option, in its task', async () => {
    const { chart, made } = fake();
    await drained();
    chart.setOption(option('a'), whole, () => 'a says');
    chart.setOption(option('b'), whole, () => 'b says');
    expect(made[0].described).toEqual([]);
    await drained();
    chart.setOption(option('c'), whole);
    await drained();
    expect(made[0].described).toEqual(['b says after 1 options', 'none after 2 options']);
  });

  it("each chart's work runs in a macrotask of its own", async () => {
    const log: string[] = [];
    const charts = [fake(log), fake(log), fake(log)];
    charts.forEach(({ chart }, i) => chart.setOption(option(String(i)), whole));
    await drained();
    expect(log).toEqual([
      'setOption 0',
      'task ends',
      'setOption 1',
      'task ends',
      'setOption 2',
      'task ends',
    ]);
  });

  it("on('finished') takes effect with the next option, so a render still going on for an older one cannot report it", async () => {
    const { chart, made } = fake();
    chart.setOption(option('a'), whole);
    await drained();
    const finished: string[] = [];
    chart.on('finished', () => finished.push('b'));
    chart.setOption(option('b'), whole);
    made[0].finish(); // the older option's render ending in a frame before the chart's task
    expect(finished).toEqual([]);
    await drained();
    made[0].finish();
    expect(finished).toEqual(['b']);
  });

  it("off('finished') stops the handler at once", async () => {
    const { chart, made } = fake();
    const finished: string[] = [];
    const handler = () => finished.push('a');
    chart.on('finished', handler);
    chart.setOption(option('a'), whole);
    await drained();
    chart.off('finished', handler);
    made[0].finish();
    expect(finished).toEqual([]);
  });

  it("off('finished') before the task runs means the handler is never attached", async () => {
    const { chart, made } = fake();
    const finished: string[] = [];
    const handler = () => finished.push('a');
    chart.on('finished', handler);
    chart.off('finished', handler);
    chart.setOption(option('a'), whole);
    await drained();
    made[0].finish();
    expect(finished).toEqual([]);
  });

  it('resize() before the chart exists does nothing: the chart takes its size when created', async () => {
    const { chart, made } = fake();
    chart.resize();
    await drained();
    expect(made[0].calls).toEqual([]);
  });

  it('resize() resizes in the chart task and paints at once', async () => {
    const { chart, made } = fake();
    await drained();
    chart.resize();
    chart.resize();
    expect(made[0].calls).toEqual([]);
    await drained();
    expect(made[0].calls).toEqual(['resize', 'flush']);
  });

  it('resize() with an option waiting resizes first, then sets the option, which paints', async () => {
    const { chart, made } = fake();
    await drained();
    chart.setOption(option('a'), whole);
    chart.resize();
    await drained();
    expect(made[0].calls).toEqual(['resize', 'setOption a']);
  });

  it('dispose() drops the work waiting at once and disposes of the chart in its own task', async () => {
    const log: string[] = [];
    const { chart, made } = fake(log);
    await drained();
    chart.setOption(option('a'), whole);
    chart.dispose();
    expect(chart.isDisposed()).toBe(true);
    expect(made[0].calls).toEqual([]);
    chart.setOption(option('b'), whole);
    chart.resize();
    chart.dispose();
    await drained();
    expect(made[0].calls).toEqual(['dispose']);
    expect(log).toEqual(['dispose', 'task ends']);
  });

  it('onZoom(handler) reports a zoom gesture once, with the window it settles on', async () => {
    const { chart, made } = fake();
    const ranges: (ZoomRange | null)[] = [];
    chart.onZoom((range) => ranges.push(range));
    await drained();
    made[0].zoom({ start: 10, end: 90 });
    made[0].zoom({ start: 20, end: 80 });
    expect(ranges).toEqual([]);
    await settled();
    expect(ranges).toEqual([{ start: 20, end: 80 }]);
    made[0].zoom(null);
    await settled();
    expect(ranges).toEqual([{ start: 20, end: 80 }, null]);
  });

  it('onZoom(undefined) and dispose() stop zoom reports, even of a gesture still settling', async () => {
    const { chart, made } = fake();
    const ranges: (ZoomRange | null)[] = [];
    chart.onZoom((range) => ranges.push(range));
    await drained();
    made[0].zoom({ start: 10, end: 90 });
    chart.onZoom(undefined);
    await settled();
    chart.onZoom((range) => ranges.push(range));
    made[0].zoom({ start: 20, end: 80 });
    chart.dispose();
    await settled();
    expect(ranges).toEqual([]);
  });

  it('dispose() before the chart was created means it never is', async () => {
    const { chart, made } = fake();
    expect(chart.isDisposed()).toBe(false);
    chart.dispose();
    await drained();
    expect(made).toHaveLength(0);
  });
});
