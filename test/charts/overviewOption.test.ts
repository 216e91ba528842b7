import { describe, expect, it } from 'vitest';
import type { OverviewView } from '../../src/analysis/views/overviewView';
import type { SeriesView } from '../../src/analysis/views/seriesView';
import { overviewOption } from '../../src/charts/overviewOption';
import { lightTheme, withTimeZone } from '../../src/charts/theme';
import { inTimeZone } from './inTimeZone';
import {
  drawOption,
  drawnXWindow,
  format,
  part,
  seriesById,
  seriesOf,
  type Part,
  tickLabel,
} from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';

/** A drawn line of `y` named `name`, over indices or minutes from 1e12 ms. */
function line(name: string, y: number[], xKind: 'time' | 'index' = 'index'): SeriesView {
  const x =
    xKind === 'index'
      ? Float64Array.from(y, (_, i) => i)
      : Float64Array.from(y, (_, i) => 1e12 + i * 60_000);
  return { name, unit: '%', xKind, x, y: Float64Array.from(y), length: y.length };
}

/** An Overview of `lines` (the first one's samples give the figures and periods). */
function view(
  xKind: 'time' | 'index' = 'index',
  lines = [line(EVIL, [70, 85, 90, 60, NaN, 81], xKind)],
): OverviewView {
  const { x } = lines[0];
  return {
    summary: {
      mean: 77.2,
      peak: 90,
      min: 60,
      std: 10.9,
      count: 6,
      missing: 1,
      highLoad: 80,
      highLoadCount: 3,
    },
    highLoadRule: '80 % (the seed’s CPU line)',
    range: null,
    periodsX: [
      { start: x[1], end: x[2], length: 2 },
      { start: x[5], end: x[5], length: 1 },
    ],
    lines,
    stats: lines.map((l) => ({ name: l.name, mean: 77.2, max: 90, last: 81 })),
    unit: '%',
    hidden: 0,
    otherUnits: 0,
    periodsNote: null,
  };
}

/** An Overview of three lines, the first as in view(). */
const threeLines = () =>
  view('index', [
    line('web-01', [70, 85, 90, 60, NaN, 81]),
    line('web-02', [50, 55, 52, 58, 51, 50]),
    line('web-03', [20, 25, 22, 28, 21, 20]),
  ]);

describe('overviewOption', () => {
  it('overviewOption(view, theme, zoom) draws a time axis over the zoomed window only', () => {
    const timed = view('time');
    const zoom = { start: timed.lines[0].x[1], end: timed.lines[0].x[3] };
    expect(drawnXWindow(overviewOption(timed, lightTheme, zoom))).toEqual([zoom.start, zoom.end]);
    expect(drawnXWindow(overviewOption(timed, lightTheme))).toEqual([
      timed.lines[0].x[0],
      timed.lines[0].x[5],
    ]);
  });

  it('overviewOption(view, theme, zoom) on sample indices has no zoom: the zoom is a time range', () => {
    const option = overviewOption(view('index'), lightTheme, { start: 1, end: 3 });
    expect(option.dataZoom).toEqual([]);
    expect(drawnXWindow(option)).toEqual([0, 5]);
  });

  it('overviewOption(view) draws the series as one symbol-less line with NaN as a gap', () => {
    const option = overviewOption(view(), lightTheme);
    expect(seriesOf(option).map((s) => s.id)).toEqual(['series-0', 'high-load']);
    const drawn = seriesById(option, 'series-0');
    expect(drawn).toMatchObject({ type: 'line', showSymbol: false, name: EVIL });
    expect(drawn.data).toEqual([
      [0, 70],
      [1, 85],
      [2, 90],
      [3, 60],
      [4, null],
      [5, 81],
    ]);
  });

  it('overviewOption(view of one series) has no legend and the usual top margin', () => {
    const option = overviewOption(view(), lightTheme);
    expect(option.legend).toBeUndefined();
    expect(part(option, 'grid')).toMatchObject({ top: 20 });
  });

  it('overviewOption(view of several series) draws each in the palette, in order, with a legend', () => {
    const option = overviewOption(threeLines(), lightTheme);
    const drawn = seriesOf(option);
    expect(drawn.map((s) => s.id)).toEqual(['series-0', 'series-1', 'series-2', 'high-load']);
    expect(drawn.slice(0, 3).map((s) => s.name)).toEqual(['web-01', 'web-02', 'web-03']);
    expect(drawn.slice(0, 3).map((s) => (s.itemStyle as Part).color)).toEqual(
      lightTheme.series.slice(0, 3),
    );
    expect(seriesById(option, 'series-1').data).toEqual([
      [0, 50],
      [1, 55],
      [2, 52],
      [3, 58],
      [4, 51],
      [5, 50],
    ]);
    expect(part(option, 'legend')).toMatchObject({
      data: [{ name: 'web-01' }, { name: 'web-02' }, { name: 'web-03' }],
    });
    expect(part(option, 'grid')).toMatchObject({ top: 36 });
  });

  it('overviewOption(view of several series) marks the high-load line and periods once, on a series of their own that no legend entry hides', () => {
    const option = overviewOption(threeLines(), lightTheme);
    const marks = seriesById(option, 'high-load');
    expect(marks.data).toEqual([]);
    expect(marks.markLine).toBeDefined();
    expect((marks.markArea as Part).data).toHaveLength(2);
    expect(
      (part(option, 'legend') as { data: { name: string }[] }).data.map((d) => d.name),
    ).not.toContain(marks.name);
    for (const id of ['series-0', 'series-1', 'series-2']) {
      expect(seriesById(option, id).markLine).toBeUndefined();
      expect(seriesById(option, id).markArea).toBeUndefined();
    }
    expect(drawOption(option).warnings).toEqual([]);
  });

  it('overviewOption(view) marks the high-load line and keeps it inside the y range', () => {
    const option = overviewOption(view(), lightTheme);
    const markLine = seriesById(option, 'high-load').markLine as { data: unknown[] };
    expect(markLine.data).toEqual([expect.objectContaining({ yAxis: 80, name: 'high load 80 %' })]);
    expect(part(option, 'yAxis')).toMatchObject({ type: 'value', name: '%', dataMax: 80 });
  });

  it('overviewOption(view) labels the y axis in the view’s unit', () => {
    const option = overviewOption({ ...view(), unit: 'ms' }, lightTheme);
    expect(tickLabel(part(option, 'yAxis'), 2500)).toBe('2.5 s');
    const markLine = seriesById(option, 'high-load').markLine as { data: unknown[] };
    expect(markLine.data).toEqual([expect.objectContaining({ name: 'high load 80 ms' })]);
  });

  it('overviewOption(view) shades each high-load period half a step past its ends', () => {
    const markArea = seriesById(overviewOption(view(), lightTheme), 'high-load').markArea as Part;
    expect(markArea.data).toEqual([
      [{ xAxis: 0.5 }, { xAxis: 2.5 }],
      [{ xAxis: 4.5 }, { xAxis: 5.5 }],
    ]);
  });

  it('overviewOption(view) uses a time axis and minute-wide shading for a timed series', () => {
    const option = overviewOption(view('time'), lightTheme);
    expect(part(option, 'xAxis')).toMatchObject({ type: 'time' });
    const markArea = seriesById(option, 'high-load').markArea as Part;
    expect((markArea.data as unknown[])[1]).toEqual([
      { xAxis: 1e12 + 5 * 60_000 - 30_000 },
      { xAxis: 1e12 + 5 * 60_000 + 30_000 },
    ]);
  });

  describe('in New York', () => {
    inTimeZone('America/New_York');
    const heading = (option: ReturnType<typeof overviewOption>) =>
      format(part(option, 'tooltip'), [{ seriesName: 'cpu', marker: '', value: [1e12, 90] }]);

    it.each([
      ['UTC', lightTheme, true, '<div>2001-09-09 01:46 UTC</div>'],
      [
        "the browser's zone",
        withTimeZone(lightTheme, 'local'),
        false,
        '<div>2001-09-08 21:46</div>',
      ],
    ])(
      'overviewOption(timed view) in %s sets useUTC and the tooltip heading',
      (_, theme, utc, div) => {
        const option = overviewOption(view('time'), theme);
        expect(option).toMatchObject({ useUTC: utc });
        expect(heading(option).startsWith(div)).toBe(true);
      },
    );
  });

  it('overviewOption(view) escapes the series name in its tooltip', () => {
    const tooltip = part(overviewOption(view(), lightTheme), 'tooltip');
    const html = format(tooltip, [{ seriesName: EVIL, marker: '', value: [2, 90] }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('90 %');
  });

  it('overviewOption(view) is drawn by ECharts without warnings, animation off, ECharts’ aria off', () => {
    const option = overviewOption(view(), lightTheme);
    expect(option).toMatchObject({
      animation: false,
      aria: { enabled: false },
      backgroundColor: 'transparent',
    });
    expect(drawOption(option).warnings).toEqual([]);
  });
});
