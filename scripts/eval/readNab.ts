/**
 * Reading a NAB-layout folder: DIR/<category>/<file>.csv with `timestamp,value` rows and a labels
 * file shaped like NAB's combined_windows.json ({ "category/file.csv": [[start, end], ...] }).
 * Timestamps without a zone are UTC, as NAB writes them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NabFile } from '../../src/analysis/detectors/nabScore';

/** A NAB data file: its key (`category/file.csv`), timestamps as written, times and values. */
export interface NabSeries extends NabFile {
  readonly timestamps: string[];
  readonly values: Float64Array;
}

/** The shared datasets folder: $METRICSCOPE_SHARED, or ../shared beside the repository. */
export function sharedDir(): string {
  return process.env.METRICSCOPE_SHARED ?? resolve(import.meta.dirname, '../../../shared');
}

/** Epoch ms of a NAB timestamp such as `2014-04-10 00:04:00` or `2014-02-19 10:50:00.000000`. */
export function parseNabTime(text: string): number {
  const [date, time = '00:00:00'] = text.trim().split(/[ T]/);
  const ms = Date.parse(`${date}T${time.slice(0, 12)}Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a NAB timestamp: ${text}`);
  return ms;
}

/** Every `<category>/<file>.csv` under dir, sorted. */
function csvFiles(dir: string): string[] {
  const out: string[] = [];
  for (const category of readdirSync(dir).sort()) {
    const sub = join(dir, category);
    if (!statSync(sub).isDirectory()) continue;
    for (const f of readdirSync(sub).sort()) if (f.endsWith('.csv')) out.push(`${category}/${f}`);
  }
  return out;
}

/** Reads every data file under dataDir with its windows from labelsPath (files without labels are skipped). */
export function readNab(dataDir: string, labelsPath: string): NabSeries[] {
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Record<string, [string, string][]>;
  const out: NabSeries[] = [];
  for (const name of csvFiles(dataDir)) {
    if (!(name in labels)) {
      console.warn(`no labels for ${name}: skipped`);
      continue;
    }
    const lines = readFileSync(join(dataDir, name), 'utf8').split(/\r?\n/).slice(1);
    const timestamps: string[] = [];
    const values: number[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      const comma = line.indexOf(',');
      timestamps.push(line.slice(0, comma));
      values.push(Number(line.slice(comma + 1)));
    }
    out.push({
      name,
      timestamps,
      timeMs: Float64Array.from(timestamps, parseNabTime),
      values: Float64Array.from(values),
      windows: labels[name].map(([a, b]) => [parseNabTime(a), parseNabTime(b)] as const),
    });
  }
  return out;
}
