import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useMemo, useRef } from 'react';
import { chartLabel } from '../../charts/chartSummary';
import type { ZoomRange } from '../../charts/timeZoom';
import { initChart } from './echarts';
import type { DescribePoint } from './pointTooltip';
import type { ScheduledChart } from './scheduledChart';

/**
 * An option with nothing to draw, set whole to clear the chart. It names the chart for screen
 * readers: ECharts keeps the aria-label it wrote for the last data otherwise.
 */
const emptyOption = (label: string): EChartsCoreOption => ({
  aria: { enabled: true, label: { description: label } },
});

/**
 * Keeps a wheel turned without Ctrl from the chart inside `element`, so it scrolls the page:
 * ECharts 6 cancels every wheel over a plot with an inside dataZoom, whatever modifier that
 * zoom asks for (timeZoom zooms on Ctrl + wheel only). Returns what undoes it.
 */
function passPlainWheel(element: HTMLElement): () => void {
  const pass = (event: Event) => {
    if (!(event as WheelEvent).ctrlKey) event.stopPropagation();
  };
  const names = ['wheel', 'mousewheel'];
  for (const name of names) element.addEventListener(name, pass, { capture: true });
  return () => names.forEach((name) => element.removeEventListener(name, pass, { capture: true }));
}

/** Props of EChart. */
export interface EChartProps {
  /** What the chart shows: its data-chart value and accessible name. */
  name: string;
  /**
   * The complete option; memoise it, since every new object is drawn again from scratch. Until
   * there is one (the first result is computing) the chart keeps its place, empty.
   */
  option: EChartsCoreOption | undefined;
  /**
   * Called with the chart area's size in CSS pixels on mount and whenever it changes (e.g. to size
   * a heatmap).
   */
  onResize?: (width: number, height: number) => void;
  /**
   * The tooltip at the data point under the pointer, for an option drawn without an element per
   * item (whose tooltip ECharts must neither show nor hide: see pointerTooltip). It belongs to
   * `option`: memoise it with it, since a new one draws the option again.
   */
  pointTooltip?: DescribePoint;
  /**
   * Called with the x window (null: the whole axis) when a person zooms the chart, once the
   * gesture settles; never for a window the option itself sets (see ScheduledChart.onZoom).
   */
  onZoom?: (range: ZoomRange | null) => void;
  /** What a screen reader hears after the chart's summary: e.g. which series are drawn. */
  description?: string;
  className?: string;
}

/**
 * One ECharts chart on a div: created on mount, given each new option whole (notMerge), resized
 * with its container and disposed on unmount. Creating, drawing and resizing run in a task of
 * their own per chart (initChart), so many charts never draw in one long main-thread task. The div
 * carries `data-chart` and `data-drawn`, which is "false" from a new option until ECharts reports
 * it 'finished' drawing it, then "true". A wheel without Ctrl over it scrolls the page.
 */
export function EChart({
  name,
  option,
  onResize,
  onZoom,
  pointTooltip,
  description,
  className = 'chart',
}: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ScheduledChart | null>(null);
  const resized = useRef(onResize);
  const zoomed = useRef(onZoom);
  // Its accessible name says what it draws (kind, series, time range, unit): see chartLabel.
  const label = useMemo(() => chartLabel(name, option, description), [name, option, description]);

  useEffect(() => {
    resized.current = onResize;
    zoomed.current = onZoom;
  }, [onResize, onZoom]);

  useEffect(() => {
    const el = element.current!;
    const instance = initChart(el);
    chart.current = instance;
    instance.onZoom((range) => zoomed.current?.(range));
    const unpass = passPlainWheel(el);
    // Its size at once, in this commit: a panel sized by its chart (the farm's cells) can ask for
    // its result now rather than after the next frame (when the observer first reports).
    resized.current?.(el.clientWidth, el.clientHeight);
    const observer = new ResizeObserver(([entry]) => {
      instance.resize();
      resized.current?.(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(el);
    return () => {
      unpass();
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const el = element.current!;
    const instance = chart.current!;
    el.dataset.drawn = 'false';
    // No option (a new data set's result is computing, or the panel cannot use the data): nothing
    // of the option drawn before may stay on screen.
    if (!option) {
      instance.setOption(emptyOption(label), { notMerge: true });
      el.setAttribute('aria-label', label);
      return;
    }
    // Listening from here on: ECharts also reports 'finished' for an empty chart, which is not drawn.
    const drawn = () => {
      el.dataset.drawn = 'true';
    };
    instance.on('finished', drawn);
    // Not lazyUpdate: the chart's own task (initChart) is the place to render, at once.
    instance.setOption(option, { notMerge: true }, pointTooltip);
    return () => {
      if (!instance.isDisposed()) instance.off('finished', drawn);
    };
    // The label changes with the option (a description is of the view drawn).
  }, [option, pointTooltip, label]);

  return (
    <div ref={element} className={className} data-chart={name} role="img" aria-label={label} />
  );
}
