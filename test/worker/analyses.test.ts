import { describe, expect, it } from 'vitest';
import type { Dataset, Series } from '../../src/io/dataset';
import { analyses } from '../../src/worker/analyses';
import { buildWorkspace } from '../../src/worker/workspace';

const series = (name: string, metric: string, labels: Record<string, string>, unit: string) =>
  ({
    name,
    metric,
    labels,
    unit,
    values: Float64Array.of(1, 2, 3),
    missing: 0,
  }) satisfies Series;

describe('analyses.overview', () => {
  it('shortens the drawn series’ names among themselves, whatever else of other units is chosen', () => {
    const dataset: Dataset = {
      timeMs: Float64Array.of(0, 60_000, 120_000),
      series: [
        series('cpu{host="web-01"}', 'cpu', { host: 'web-01' }, '%'),
        series('cpu{host="web-02"}', 'cpu', { host: 'web-02' }, '%'),
        series('latency', 'latency', {}, 'ms'),
      ],
    };
    const { workspace } = buildWorkspace([{ name: 'x.csv', dataset }], 'x');
    const view = analyses.overview(workspace, {
      series: ['cpu{host="web-01"}', 'cpu{host="web-02"}', 'latency'],
      top: 10,
      rank: 'mean',
    });
    if ('needs' in view) throw new Error(view.needs);
    expect(view.lines.map((l) => l.name).sort()).toEqual(['web-01', 'web-02']);
    expect(view.otherUnits).toBe(1);
  });
});
