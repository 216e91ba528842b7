import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNeeds } from '../../src/analysis/views/needs';
import { readMetrics } from '../../src/io/readMetrics';
import { nanmean } from '../../src/kernel';
import { defaultParams } from '../../src/store/panels';
import { analyses, type AnalysisName } from '../../src/worker/analyses';
import { buildWorkspace, catalogue } from '../../src/worker/workspace';

/** One generated long-format file: hosts x metrics on a regular grid of its own, with gaps. */
interface GeneratedFile {
  name: string;
  hosts: string[];
  metrics: { name: string; unit: string }[];
  startS: number;
  stepS: number;
  steps: number;
  /** rows[h][m][t]: the value, or null where the sample is missing (a gap). */
  rows: (number | null)[][][];
}

const metricName = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const unit = fc.constantFrom('', '%', 'ms', 'B', 'req/s');

const file = (index: number) =>
  fc
    .record({
      hostCount: fc.integer({ min: 1, max: 200 }),
      metrics: fc.uniqueArray(fc.record({ name: metricName, unit }), {
        minLength: 1,
        maxLength: 6,
        selector: (m) => m.name,
      }),
      startS: fc.integer({ min: 1_600_000_000, max: 1_600_100_000 }),
      stepS: fc.integer({ min: 1, max: 600 }),
      steps: fc.integer({ min: 3, max: 12 }),
      seed: fc.integer(),
    })
    .map(({ hostCount, metrics, startS, stepS, steps, seed }): GeneratedFile => {
      // A cheap deterministic stream: values spread over magnitudes, about 1 in 8 samples missing
      // (never the first two steps, so every file keeps its regular grid).
      let state = seed >>> 0 || 1;
      const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
      const rows = Array.from({ length: hostCount }, () =>
        metrics.map(() =>
          Array.from({ length: steps }, (_, t) =>
            t > 1 && next() < 0.125 ? null : Math.round(next() * 10 ** (1 + 4 * next())) / 10,
          ),
        ),
      );
      return {
        name: `file${index}.csv`,
        hosts: Array.from({ length: hostCount }, (_, h) => `host-${index}-${h % 50}-${h}`),
        metrics,
        startS,
        stepS,
        steps,
        rows,
      };
    });

/** The file as a long CSV: timestamp, host, metric, value (a unit after the number). */
function longCsv(f: GeneratedFile): string {
  const lines = ['timestamp,host,metric,value'];
  for (let t = 0; t < f.steps; t++) {
    f.hosts.forEach((host, h) =>
      f.metrics.forEach((metric, m) => {
        const v = f.rows[h][m][t];
        if (v !== null)
          lines.push(`${f.startS + t * f.stepS},${host},${metric.name},${v}${metric.unit}`);
      }),
    );
  }
  return lines.join('\n');
}

/** Every panel but the 1e6-value timing, which does not read the data set. */
const PANELS = (Object.keys(analyses) as AnalysisName[]).filter((p) => p !== 'whereBench');

describe('the whole pipeline on generated data of any shape', () => {
  it('reads, lays out and analyses 1-4 long files of 1-200 hosts and 1-6 metrics: every panel gives a result or what it needs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 4 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => file(i)))),
        async (files) => {
          const read = [];
          for (const f of files) {
            const outcome = await readMetrics(longCsv(f));
            expect(outcome.ok, outcome.ok ? '' : outcome.reason).toBe(true);
            if (outcome.ok) read.push({ name: f.name, dataset: outcome.dataset });
          }
          const { workspace } = buildWorkspace(read, 'generated');
          const listed = catalogue(workspace);
          const params = defaultParams(listed);
          for (const panel of PANELS) {
            const run = analyses[panel] as (w: typeof workspace, p: unknown) => unknown;
            const result = run(workspace, params[panel]);
            if (isNeeds(result)) expect(result.needs, panel).toMatch(/\w/);
            else expect(typeof result, panel).toBe('object');
          }
          if (files.length === 1) expectFarmOfOneFile(files[0], workspace);
        },
      ),
      { numRuns: 25, seed: 20261203 },
    );
  }, 120_000);
});

/**
 * With one file every host's series shares its time axis, so the farm's per-server means are the
 * plain means of each host's samples of each metric, read from the generated rows (in the
 * reader's base unit).
 */
function expectFarmOfOneFile(
  f: GeneratedFile,
  workspace: ReturnType<typeof buildWorkspace>['workspace'],
) {
  const { farm } = workspace;
  if (f.hosts.length < 2) {
    expect(farm).toHaveProperty('reason');
    return;
  }
  if ('reason' in farm) throw new Error(farm.reason);
  const view = analyses.farm(workspace, {});
  if (isNeeds(view)) throw new Error(view.needs);
  const count = farm.metrics.length;
  farm.metrics.forEach((metric, m) => {
    // A metric named as a counter is in the farm as its rate (see counterRate), not its samples.
    if (metric.metric.startsWith('rate(')) return;
    const source = f.metrics.findIndex((g) => g.name === metric.metric);
    farm.hosts.forEach((host, h) => {
      const samples = f.rows[f.hosts.indexOf(host)][source].filter((v): v is number => v !== null);
      // The reader keeps times in seconds: '57.7ms' is read as 0.0577 s.
      const perUnit = f.metrics[source].unit === 'ms' ? 1e-3 : 1;
      const expected = samples.length ? nanmean(Float64Array.from(samples)) * perUnit : NaN;
      const got = view.health.means.data[h * count + m];
      if (Number.isNaN(expected)) expect(got).toBeNaN();
      else
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(expected)),
        );
    });
  });
}
