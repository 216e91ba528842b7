import { describe, expect, it } from 'vitest';
import type { OverviewView } from '../../src/analysis/views/overviewView';
import { overviewOption } from '../../src/charts/overviewOption';
import { lightTheme, withTimeZone } from '../../src/charts/theme';
import { inTimeZone } from './inTimeZone';
import { drawOption, format, part, seriesById, type Part } from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';

function view(xKind: 'time' | 'index' = 'index'): OverviewView {
  const y = Float64Array.from([70, 85, 90, 60, NaN, 81]);
  const x =
    xKind === 'index'
      ? Float64Array.from(y, (_, i) => i)
      : Float64Array.from(y, (_, i) => 1e12 + i * 60_000);
  return {
    summary: {
      mean: 77.2,
      peak: 90,
      min: 60,
      std: 10.9,
      count: 6,
      missing: 1,
      highLoad: 80,
      highLoadPeriods: [
        { start: 1, end: 2, length: 2 },
        { start: 5, end: 5, length: 1 },
      ],
      highLoadCount: 3,
    },
    periodsX: [
      { start: x[1], end: x[2], length: 2 },
      { start: x[5], end: x[5], length: 1 },
    ],
    series: { name: EVIL, unit: '%', xKind, x, y, length: 6 },
  };
}

describe('overviewOption', () => {
  it('overviewOption(view) draws the series as one symbol-less line with NaN as a gap', () => {
    const line = seriesById(overviewOption(view(), lightTheme), 'series');
    expect(line).toMatchObject({ type: 'line', showSymbol: false });
    expect(line.data).toEqual([
      [0, 70],
      [1, 85],
      [2, 90],
      [3, 60],
      [4, null],
      [5, 81],
    ]);
  });

  it('overviewOption(view) marks the high-load line and keeps it inside the y range', () => {
    const option = overviewOption(view(), lightTheme);
    const markLine = seriesById(option, 'series').markLine as { data: unknown[] };
    expect(markLine.data).toEqual([expect.objectContaining({ yAxis: 80, name: 'high load 80 %' })]);
    expect(part(option, 'yAxis')).toMatchObject({ type: 'value', name: '%', dataMax: 80 });
  });

  it('overviewOption(view) shades each high-load period half a step past its ends', () => {
    const markArea = seriesById(overviewOption(view(), lightTheme), 'series').markArea as Part;
    expect(markArea.data).toEqual([
      [{ xAxis: 0.5 }, { xAxis: 2.5 }],
      [{ xAxis: 4.5 }, { xAxis: 5.5 }],
    ]);
  });

  it('overviewOption(view) uses a time axis and minute-wide shading for a timed series', () => {
    const option = overviewOption(view('time'), lightTheme);
    expect(part(option, 'xAxis')).toMatchObject({ type: 'time' });
    const markArea = seriesById(option, 'series').markArea as Part;
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

  it('overviewOption(view) is drawn by ECharts without warnings, animation off, aria on', () => {
    const option = overviewOption(view(), lightTheme);
    expect(option).toMatchObject({
      animation: false,
      aria: { enabled: true },
      backgroundColor: 'transparent',
    });
    expect(drawOption(option).warnings).toEqual([]);
  });
});
