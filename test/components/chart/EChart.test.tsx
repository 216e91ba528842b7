// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EChart } from '../../../src/components/chart/EChart';
import { charts } from '../fakeEcharts';
import { resize } from '../renderWithStore';

vi.mock('../../../src/components/chart/echarts', () => import('../fakeEcharts'));

const first = { series: [{ type: 'line', data: [1, 2, 3] }] };
/** The chart named "chart", whatever its summary says. */
const chartElement = () => screen.getByRole('img', { name: /^chart\b/ });
const second = { series: [{ type: 'bar', data: [4] }] };

describe('EChart', () => {
  it('calls onZoom with the window a person zoomed the chart to, the newest onZoom given', () => {
    const older = vi.fn();
    const newer = vi.fn();
    const { rerender } = render(<EChart name="chart" option={first} onZoom={older} />);
    rerender(<EChart name="chart" option={first} onZoom={newer} />);
    charts[0].zoom({ start: 1, end: 2 });
    charts[0].zoom(null);
    expect(older).not.toHaveBeenCalled();
    expect(newer.mock.calls).toEqual([[{ start: 1, end: 2 }], [null]]);
  });

  it('lets a wheel without Ctrl pass over the chart (to scroll the page); Ctrl + wheel reaches it', () => {
    render(<EChart name="chart" option={first} />);
    // ECharts draws inside the chart's div: a child stands in for its canvas layer.
    const canvas = chartElement().appendChild(document.createElement('div'));
    const reached = vi.fn();
    canvas.addEventListener('wheel', reached);
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
    expect(reached).not.toHaveBeenCalled();
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, ctrlKey: true, bubbles: true }));
    expect(reached).toHaveBeenCalledTimes(1);
  });

  it('creates one chart on its div, marked data-chart, and sets the option whole, not lazily', () => {
    render(<EChart name="Overview chart" option={first} />);
    const element = screen.getByRole('img', { name: /^Overview chart: / });
    expect(element).toHaveAttribute('data-chart', 'Overview chart');
    expect(charts).toHaveLength(1);
    expect(charts[0].element).toBe(element);
    expect(charts[0].options).toEqual([first]);
    // initChart gives each chart's work a task of its own: the render belongs in it, not in a
    // frame shared with every other chart.
    expect(charts[0].flags).toEqual([{ notMerge: true }]);
  });

  it('is data-drawn="false" until the chart reports it finished, and again for a new option', () => {
    const { rerender } = render(<EChart name="chart" option={first} />);
    const element = chartElement();
    expect(element).toHaveAttribute('data-drawn', 'false');
    charts[0].emit('finished');
    expect(element).toHaveAttribute('data-drawn', 'true');
    rerender(<EChart name="chart" option={second} />);
    expect(element).toHaveAttribute('data-drawn', 'false');
    expect(charts[0].options).toEqual([first, second]);
    charts[0].emit('finished');
    expect(element).toHaveAttribute('data-drawn', 'true');
  });

  it('does not set the option again when re-rendered with the same object', () => {
    const { rerender } = render(<EChart name="chart" option={first} />);
    rerender(<EChart name="chart" option={first} className="chart chart-tall" />);
    expect(charts[0].options).toHaveLength(1);
  });

  it('keeps its place empty and undrawn until there is an option', () => {
    const { rerender } = render(<EChart name="chart" option={undefined} />);
    // At most an option with nothing to draw, set whole.
    expect(charts[0].options.every((option) => !('series' in option))).toBe(true);
    expect(charts[0].flags.every((flags) => (flags as { notMerge?: boolean }).notMerge)).toBe(true);
    charts[0].emit('finished');
    expect(chartElement()).toHaveAttribute('data-drawn', 'false');
    rerender(<EChart name="chart" option={first} />);
    expect(charts[0].options.at(-1)).toBe(first);
  });

  it('clears what it drew when its option goes away, and stays undrawn', () => {
    const { rerender } = render(<EChart name="chart" option={first} />);
    charts[0].emit('finished');
    rerender(<EChart name="chart" option={undefined} />);
    const element = chartElement();
    expect(element).toHaveAttribute('data-drawn', 'false');
    expect(charts[0].options).toHaveLength(2);
    expect(charts[0].options[1]).not.toHaveProperty('series');
    // Set whole, so nothing of the first option is merged into it.
    expect(charts[0].flags[1]).toMatchObject({ notMerge: true });
    charts[0].emit('finished');
    expect(element).toHaveAttribute('data-drawn', 'false');
  });

  it('resizes the chart with its container and reports the new size', () => {
    const onResize = vi.fn();
    render(<EChart name="chart" option={first} onResize={onResize} />);
    resize(chartElement(), 640, 420);
    expect(charts[0].resizes).toBe(1);
    expect(onResize).toHaveBeenCalledWith(640, 420);
  });

  it('reports its size on mount, before its container is first observed', () => {
    const onResize = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(280);
    render(<EChart name="chart" option={first} onResize={onResize} />);
    vi.restoreAllMocks();
    expect(onResize.mock.calls).toEqual([[600, 280]]);
  });

  it('is named for screen readers by what it draws, and by its name alone while it has nothing', () => {
    const option = {
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: { type: 'value', name: 'ms' },
      series: [{ type: 'bar', name: 'Latency', data: [1, 2] }],
    };
    const { rerender } = render(<EChart name="chart" option={undefined} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('chart');
    rerender(<EChart name="chart" option={option} description="Slowest: b." />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'chart: Bar chart of 1 series; over 2 categories, a to b; values in ms. Slowest: b.',
    );
    // The option goes to ECharts as given: its own aria description stays off.
    expect(charts[0].options.at(-1)).toBe(option);
  });

  it('disposes the chart on unmount and stops observing its size', () => {
    const { unmount } = render(<EChart name="chart" option={first} />);
    const element = chartElement();
    unmount();
    expect(charts[0].disposed).toBe(true);
    resize(element, 100, 100);
    expect(charts[0].resizes).toBe(0);
  });
});
