import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/io/dataset';
import { ndarray } from '../../src/kernel';
import { catalogue, filesWorkspace } from '../../src/worker/workspace';

const series = (name: string, values: number[], unit = '') => ({
  name,
  unit,
  values: Float64Array.from(values),
  missing: 0,
});

/** A farm of `hosts` on a 60-s grid from 0, with metrics cpu and mem, every cell `fill`. */
function farmDataset(hosts: string[], steps: number, fill: number, startMs = 0): Dataset {
  return {
    timeMs: Float64Array.from({ length: steps }, (_, i) => startMs + i * 60_000),
    series: [series('cpu', Array(steps).fill(fill)), series('mem', Array(steps).fill(fill))],
    farm: {
      farm: ndarray(new Float64Array(hosts.length * steps * 2).fill(fill), [
        hosts.length,
        steps,
        2,
      ]),
      names: hosts,
      metricNames: ['cpu', 'mem'],
      time: { startMs, stepMs: 60_000 },
    },
  };
}

describe('filesWorkspace', () => {
  it('keeps one file as it is: its series by name on its time axis, its farm', () => {
    const dataset = farmDataset(['a'], 3, 1);
    const { workspace, notes } = filesWorkspace([{ name: 'x.csv', dataset }], 'x.csv');
    expect([...workspace.series.keys()]).toEqual(['cpu', 'mem']);
    expect(workspace.series.get('cpu')?.timeMs).toBe(dataset.timeMs);
    expect(workspace.farm).toBe(dataset.farm);
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

  it('stacks the hosts of farms with the same metrics on the same grid, and says so', () => {
    const { workspace, notes } = filesWorkspace(
      [
        { name: 'eu.csv', dataset: farmDataset(['eu-1', 'eu-2'], 3, 1) },
        { name: 'us.csv', dataset: farmDataset(['us-1'], 3, 2) },
      ],
      'two',
    );
    expect(workspace.farm?.names).toEqual(['eu-1', 'eu-2', 'us-1']);
    expect(workspace.farm?.farm.shape).toEqual([3, 3, 2]);
    expect([...workspace.farm!.farm.data.slice(0, 12)]).toEqual(Array(12).fill(1));
    expect([...workspace.farm!.farm.data.slice(12)]).toEqual(Array(6).fill(2));
    expect(notes).toEqual([
      'The farms of eu.csv, us.csv share metrics and time steps: their hosts are shown together.',
    ]);
  });

  it('prefixes host names that two stacked farms share with their file', () => {
    const { workspace } = filesWorkspace(
      [
        { name: 'eu.csv', dataset: farmDataset(['node-1', 'eu-only'], 3, 1) },
        { name: 'us.csv', dataset: farmDataset(['node-1'], 3, 2) },
      ],
      'two',
    );
    expect(workspace.farm?.names).toEqual(['eu: node-1', 'eu-only', 'us: node-1']);
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

  it('keeps the first farm when another has other time steps, and says so', () => {
    const first = farmDataset(['a'], 3, 1);
    const { workspace, notes } = filesWorkspace(
      [
        { name: 'a.csv', dataset: first },
        { name: 'b.csv', dataset: farmDataset(['b'], 3, 2, 3_600_000) },
      ],
      'two',
    );
    expect(workspace.farm).toBe(first.farm);
    expect(notes).toEqual([
      'The farm of b.csv has other metrics or time steps than that of a.csv: only its series are shown.',
    ]);
  });
});
