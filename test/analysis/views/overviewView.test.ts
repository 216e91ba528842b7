import { describe, expect, it } from 'vitest';
import { overviewView } from '../../../src/analysis/views/overviewView';

describe('overviewView', () => {
  it('gives summary statistics, the count above the line and periods in x units', () => {
    const values = Float64Array.from([70, 85, 90, 60, 81]);
    const timeMs = Float64Array.from([0, 60e3, 120e3, 180e3, 240e3]);
    const view = overviewView({ name: 'cpu', unit: '%', values, timeMs }, { highLoad: 80 });
    expect(view.summary.highLoadCount).toBe(3);
    expect(view.summary.peak).toBe(90);
    expect(view.summary.mean).toBeCloseTo(77.2, 12);
    expect('highLoadIndices' in view.summary).toBe(false);
    expect(view.periodsX).toEqual([
      { start: 60e3, end: 120e3, length: 2 },
      { start: 240e3, end: 240e3, length: 1 },
    ]);
    expect(view.series.xKind).toBe('time');
  });

  it('uses sample indices for the periods of an untimed series', () => {
    const view = overviewView({ name: 'cpu', unit: '%', values: Float64Array.from([90, 10]) });
    expect(view.periodsX).toEqual([{ start: 0, end: 0, length: 1 }]);
  });
});
