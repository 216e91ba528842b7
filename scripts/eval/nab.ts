/**
 * `npm run eval:nab [-- --data DIR --labels FILE --out DIR]`: runs every detector on every file of
 * a NAB-layout folder (default $METRICSCOPE_SHARED/datasets/nab, or ../shared beside the repo) and
 * prints per detector NAB's standard / reward-low-FP / reward-low-FN scores (threshold optimised
 * over the whole corpus, null detector 0, perfect 100), window recall and false positives per
 * 1,000 scored points. Detectors run as NAB runs them, causally; an offline (look-ahead) detector
 * is listed separately. With --out, writes NAB's results layout
 * OUT/<detector>/<category>/<detector>_<file>.csv (timestamp,value,anomaly_score,label).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { nabScore, NAB_PROFILES, type NabProfileName } from '../../src/analysis/detectors/nabScore';
import { NAB_DETECTORS, seedReference } from './nabDetectors';
import { readNab, sharedDir, type NabSeries } from './readNab';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    labels: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const nabDir = join(sharedDir(), 'datasets', 'nab');
const dataDir = args.data ?? join(nabDir, 'data');
const labelsPath = args.labels ?? join(nabDir, 'labels', 'combined_windows.json');
const files = readNab(dataDir, labelsPath);
const rows = files.reduce((c, f) => c + f.values.length, 0);
console.log(
  `${files.length} files, ${rows} points, ${files.reduce((c, f) => c + f.windows.length, 0)} windows\n`,
);

/** The window label column of NAB's results files: 1 inside a labelled window. */
function labelColumn(f: NabSeries): Uint8Array {
  const out = new Uint8Array(f.timeMs.length);
  for (const [a, b] of f.windows)
    for (let i = 0; i < out.length; i++) if (f.timeMs[i] >= a && f.timeMs[i] <= b) out[i] = 1;
  return out;
}

function writeResults(out: string, detector: string, f: NabSeries, score: Float64Array): void {
  const [category, file] = f.name.split('/');
  const path = join(out, detector, category, `${detector}_${file}`);
  mkdirSync(dirname(path), { recursive: true });
  const label = labelColumn(f);
  const lines = ['timestamp,value,anomaly_score,label'];
  for (let i = 0; i < score.length; i++) {
    const s = Number.isNaN(score[i]) ? 0 : score[i];
    lines.push(`${f.timestamps[i]},${f.values[i]},${s},${label[i]}`);
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

const profiles = Object.keys(NAB_PROFILES) as NabProfileName[];
const table: string[][] = [];
const detectors = [...NAB_DETECTORS, ...seedReference()].filter(
  (d) => !args.only || args.only.split(',').includes(d.name),
);
for (const d of detectors) {
  const started = performance.now();
  const scored = files.map((f) => ({ file: f, score: d.run(f) }));
  const ms = performance.now() - started;
  if (args.out) for (const s of scored) writeResults(args.out, d.name, s.file, s.score);
  const results = profiles.map((p) => nabScore(scored, p));
  const std = results[0];
  table.push([
    d.name,
    d.causal ? 'causal' : 'OFFLINE',
    ...results.map((r) => r.normalised.toFixed(1)),
    `${std.windowsDetected}/${std.windowsScored}`,
    ((1000 * std.falsePositives) / std.rowsScored).toFixed(2),
    std.threshold.toFixed(4),
    (ms / 1000).toFixed(1),
  ]);
  console.log(table[table.length - 1].join('\t'));
}
const head = [
  'detector',
  'mode',
  'standard',
  'low FP',
  'low FN',
  'recall',
  'FP/1000',
  'threshold',
  's',
];
const widths = head.map((h, c) => Math.max(h.length, ...table.map((r) => r[c].length)));
const line = (r: string[]) =>
  r.map((v, c) => (c < 2 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
console.log('\n' + line(head));
for (const r of table.filter((r) => r[1] === 'causal')) console.log(line(r));
console.log('offline (looks ahead; not comparable with NAB):');
for (const r of table.filter((r) => r[1] !== 'causal')) console.log(line(r));
