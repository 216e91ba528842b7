import { describe, expect, it } from 'vitest';
import type { Dataset, Series } from '../../src/io/dataset';
import { catalogue, filesWorkspace } from '../../src/worker/workspace';

const series = (name: string, values: number[], unit = ''): Series => ({
  name,
  metric: name,
  labels: {},
  unit,
  values: Float64Array.from(values),
  missing: 0,
});

describe('filesWorkspace', () => {
  it('keeps one file as it is: its series by name on its time axis, and no farm', () => {
    const dataset: Dataset = {
      timeMs: Float64Array.of(0, 60_000, 120_000),
      series: [series('cpu', [1, 1, 1]), series('mem', [1, 1, 1])],
    };
    const { workspace, notes } = filesWorkspace([{ name: 'x.csv', dataset }], 'x.csv');
    expect([...workspace.series.keys()]).toEqual(['cpu', 'mem']);
    expect(workspace.series.get('cpu')?.timeMs).toBe(dataset.timeMs);
    expect(workspace.farm).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('names series "file: name" only where two files share a name; each keeps its time axis', () => {
    const a: Dataset = {
      timeMs: Float64Array.of(0, 1),
      series: [series('value', [1, 2]), series('p99', [5, 6])],
    };
    const b: Dataset = { timeMs: null, series: [series('value', [3, 4, 5], '%')] };
    const { workspace } = filesWorkspace(
      [
        { name: 'ec2_cpu.csv', dataset: a },
        { name: 'rds.cpu.csv', dataset: b },
      ],
      'two',
    );
    expect(catalogue(workspace).series).toEqual([
      { name: 'ec2_cpu: value', length: 2, unit: '', timed: true, missing: 0 },
      { name: 'p99', length: 2, unit: '', timed: true, missing: 0 },
      { name: 'rds.cpu: value', length: 3, unit: '%', timed: false, missing: 0 },
    ]);
  });

  it('keeps series names unique when a prefixed name is already taken', () => {
    const a: Dataset = { timeMs: null, series: [series('cpu', [1])] };
    const b: Dataset = { timeMs: null, series: [series('cpu', [2]), series('a: cpu', [3])] };
    const { workspace } = filesWorkspace(
      [
        { name: 'a.csv', dataset: a },
        { name: 'b.csv', dataset: b },
      ],
      'two',
    );
    expect([...workspace.series.keys()]).toEqual(['a: cpu', 'b: cpu', 'a: cpu (2)']);
  });
});
