import { describe, expect, it } from 'vitest';
import {
  defaultHighLoad,
  OVERVIEW_POINT_BUDGET,
  overviewView,
  pointsPerLine,
} from '../../../src/analysis/views/overviewView';
import { DISPLAY_POINTS } from '../../../src/analysis/views/seriesView';

const f = (values: number[]) => Float64Array.from(values);

describe('overviewView', () => {
  it('gives one series the seed’s summary, the count above the line and periods in x units', () => {
    const values = f([70, 85, 90, 60, 81]);
    const timeMs = f([0, 60e3, 120e3, 180e3, 240e3]);
    const view = overviewView([{ name: 'cpu', unit: '%', values, timeMs }], { highLoad: 80 });
    expect(view.summary.highLoadCount).toBe(3);
    expect(view.summary.peak).toBe(90);
    expect(view.summary.mean).toBeCloseTo(77.2, 12);
    expect('highLoadIndices' in view.summary).toBe(false);
    expect(view.periodsX).toEqual([
      { start: 60e3, end: 120e3, length: 2 },
      { start: 240e3, end: 240e3, length: 1 },
    ]);
    expect(view.lines[0].xKind).toBe('time');
    expect(view.highLoadRule).toBe('as set');
  });

  it('uses sample indices for the periods of an untimed series', () => {
    const view = overviewView([{ name: 'cpu', unit: '%', values: f([90, 10]) }]);
    expect(view.periodsX).toEqual([{ start: 0, end: 0, length: 1 }]);
    expect(view.summary.highLoad).toBe(80);
  });

  it('draws the top N series by mean, pools their statistics and says how many are hidden', () => {
    const timeMs = f([0, 1, 2]);
    const series = [1, 5, 3].map((level) => ({
      name: `host${level}`,
      unit: '',
      values: f([level, level, level + 1]),
      timeMs,
    }));
    const view = overviewView(series, { top: 2, highLoad: 4.5 });
    expect(view.lines.map((l) => l.name)).toEqual(['host5', 'host3']);
    expect(view.hidden).toBe(1);
    expect(view.summary.count).toBe(6);
    expect(view.summary.mean).toBeCloseTo((5 + 5 + 6 + 3 + 3 + 4) / 6, 12);
    // host5 is over 4.5 at every step: one period across the whole axis.
    expect(view.periodsX).toEqual([{ start: 0, end: 2, length: 3 }]);
  });

  it('finds periods on series of different time axes only where they align', () => {
    const a = { name: 'a', unit: '', values: f([1, 9]), timeMs: f([0, 10]) };
    const b = { name: 'b', unit: '', values: f([1, 1]), timeMs: f([100, 110]) };
    const view = overviewView([a, b], { highLoad: 5 });
    expect(view.periodsX).toEqual([]);
    expect(view.periodsNote).toBe(
      'No high-load periods across series: the series do not overlap in time.',
    );
  });
});

describe('overviewView with a range', () => {
  const values = f([70, 85, 90, 60, 81]);
  const timeMs = f([0, 60e3, 120e3, 180e3, 240e3]);
  const cpu = { name: 'cpu', unit: '%', values, timeMs };

  it('overviewView(series, { range }) gives the figures of the samples within it, both ends included', () => {
    const range = { start: 120e3, end: 240e3 };
    const view = overviewView([cpu], { highLoad: 80, range });
    expect(view.range).toEqual(range);
    expect(view.summary).toMatchObject({ count: 3, peak: 90, min: 60, highLoadCount: 2 });
    expect(view.summary.mean).toBeCloseTo((90 + 60 + 81) / 3, 12);
    expect(view.periodsX).toEqual([
      { start: 120e3, end: 120e3, length: 1 },
      { start: 240e3, end: 240e3, length: 1 },
    ]);
    expect(view.stats).toEqual([{ name: 'cpu', mean: (90 + 60 + 81) / 3, max: 90, last: 81 }]);
  });

  it('overviewView(series, { range }) still draws the whole series and picks its line from it', () => {
    const whole = overviewView([{ ...cpu, unit: 'ms' }]);
    const zoomed = overviewView([{ ...cpu, unit: 'ms' }], { range: { start: 0, end: 60e3 } });
    expect(zoomed.lines).toEqual(whole.lines);
    expect(zoomed.summary.highLoad).toBe(whole.summary.highLoad);
    expect(zoomed.summary.count).toBe(2);
  });

  it('overviewView(series, { range }) over no samples gives NaN figures and no periods', () => {
    const view = overviewView([cpu], { highLoad: 80, range: { start: 1, end: 2 } });
    expect(view.summary).toMatchObject({ count: 0, highLoadCount: 0 });
    expect(view.summary.mean).toBeNaN();
    expect(view.periodsX).toEqual([]);
  });

  it('overviewView(untimed series, { range }) covers the whole series: a range is of times', () => {
    const view = overviewView([{ name: 'cpu', unit: '%', values }], {
      range: { start: 0, end: 1 },
    });
    expect(view.range).toBeNull();
    expect(view.summary.count).toBe(5);
  });

  it('overviewView(several series, { range }) pools and aligns only their samples within it', () => {
    const other = { name: 'mem', unit: '%', values: f([10, 10, 95, 10, 10]), timeMs };
    const view = overviewView([cpu, other], { highLoad: 80, range: { start: 180e3, end: 240e3 } });
    expect(view.summary.count).toBe(4);
    expect(view.periodsX).toEqual([{ start: 240e3, end: 240e3, length: 1 }]);
  });
});

describe('defaultHighLoad', () => {
  it('is 80 for percentages and the 95th percentile otherwise, never 80 on a load average', () => {
    expect(defaultHighLoad('%', f([1, 2])).value).toBe(80);
    const load = f(Array.from({ length: 21 }, (_, i) => 0.5 + i * 0.1));
    expect(defaultHighLoad('', load).value).toBeCloseTo(2.4, 12);
    expect(defaultHighLoad('', f([NaN])).value).toBeNaN();
  });
});

describe('pointsPerLine', () => {
  it('shares OVERVIEW_POINT_BUDGET among the lines drawn, between 200 and DISPLAY_POINTS', () => {
    expect(pointsPerLine(1)).toBe(DISPLAY_POINTS);
    expect(pointsPerLine(4)).toBe(DISPLAY_POINTS);
    expect(pointsPerLine(10)).toBe(OVERVIEW_POINT_BUDGET / 10);
    expect(pointsPerLine(50)).toBe(200);
  });

  it('draws ten long series at their share, each keeping its peak', () => {
    const series = Array.from({ length: 10 }, (_, k) => ({
      name: `s${k}`,
      unit: '%',
      values: Float64Array.from({ length: 5000 }, (_, i) => (i === 1234 + k ? 99 : k)),
    }));
    const view = overviewView(series, { top: 10 });
    for (const line of view.lines) {
      expect(line.y.length).toBeLessThanOrEqual(pointsPerLine(10));
      expect(Math.max(...line.y)).toBe(99);
    }
  });
});
