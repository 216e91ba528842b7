import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import { decodeSavedData, encodeSavedData } from '../io/saved/savedData';
import { DEMO_SIZES, type DemoSize } from '../io/simulateDemo';
import { isDerived } from '../model/labels';
import type { FileReadOptions } from '../worker/api';
import { loadDemo, loadFiles } from './loading';
import { parseSavedView } from './savedDashboardView';
import { appTemplate, captureTemplate } from './savedDashboardTemplate';
import { setDemoOptions } from './settings';
import { connected, store, type FileSource, type MappingSource } from './state';
import { applyViewState, captureViewState } from './viewState';

/**
 * The most samples of the data's own series (the header's count) a saved dashboard holds: both
 * 1e6-row files of the scale tests (a long CSV of 1e6 samples, a wide one of 3e6, ~43 MB each)
 * save, as 8.5 and 12.6 MB files, and open from disk in a little more than the CSV takes to read
 * when dropped (the view's parameters are computed after the defaults: 36 s against 23 s for the
 * long file, 43 s against 39 s for the wide one, on a 2-core machine under load).
 */
export const MAX_SAVED_SAMPLES = 3_000_000;

/** The most bytes the data's files may take before compression: what opening it holds in memory. */
export const MAX_SAVED_RAW_BYTES = 512 * 1024 * 1024;

/** The most bytes of compressed data a saved dashboard holds: files stay under about 45 MB. */
export const MAX_SAVED_COMPRESSED_BYTES = 32 * 1024 * 1024;

/** The id of the element holding the data (gzip, base64) and of the one holding the view (JSON). */
export const SAVED_DATA_ID = 'metricscope-data';
export const SAVED_VIEW_ID = 'metricscope-view';

/** A file of a saved dashboard: its name, how it was read, and where that mapping came from. */
interface SavedFile {
  name: string;
  options?: FileReadOptions;
  mapping: MappingSource;
}

/**
 * Where a saved dashboard's data came from: the demo (its seed and size: it is generated again,
 * no data needed), or files read as they were, under the name shown then. A Prometheus source's
 * series are saved as the one query_range response they were read from (`prometheus` records the
 * request, for the record only: the saved file never fetches).
 */
export type SavedSource =
  | { kind: 'demo'; seed: number; size: DemoSize }
  | { kind: 'files'; name: string; files: SavedFile[]; prometheus?: PrometheusRequest };

/** The header of a saved dashboard's data (see encodeSavedData): version, when, and the source. */
export interface SavedHeader {
  format: 'metricscope-dashboard';
  version: 1;
  /** When it was saved, ISO 8601 UTC. */
  savedAt: string;
  source: SavedSource;
}

/** The dashboard opened from this page's embedded data: its name as shown and as it was. */
let opened: { shown: string; original: string } | null = null;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const MAPPINGS: readonly MappingSource[] = ['detected', 'chosen', 'remembered'];

/** A saved file's entry with its types checked, or null. */
function savedFile(x: unknown): SavedFile | null {
  if (!isObject(x) || typeof x.name !== 'string') return null;
  if (x.options !== undefined && !isObject(x.options)) return null;
  const mapping = MAPPINGS.includes(x.mapping as MappingSource)
    ? (x.mapping as MappingSource)
    : 'detected';
  return { name: x.name, options: x.options as FileReadOptions | undefined, mapping };
}

/**
 * The header decoded from a saved dashboard with its types checked, for `parts` parts, or null
 * when it is not one this version reads.
 */
export function savedHeader(x: unknown, parts: number): SavedHeader | null {
  if (!isObject(x) || x.format !== 'metricscope-dashboard' || x.version !== 1) return null;
  if (typeof x.savedAt !== 'string' || Number.isNaN(Date.parse(x.savedAt))) return null;
  const source = x.source;
  if (!isObject(source)) return null;
  const base = { format: 'metricscope-dashboard', version: 1, savedAt: x.savedAt } as const;
  if (source.kind === 'demo') {
    const { seed, size } = source;
    if (!Number.isSafeInteger(seed) || !Object.hasOwn(DEMO_SIZES, size as string)) return null;
    return { ...base, source: { kind: 'demo', seed: seed as number, size: size as DemoSize } };
  }
  if (source.kind !== 'files' || typeof source.name !== 'string') return null;
  const files = Array.isArray(source.files) ? source.files.map(savedFile) : [];
  if (files.length === 0 || files.length !== parts || files.includes(null)) return null;
  return { ...base, source: { kind: 'files', name: source.name, files: files as SavedFile[] } };
}

/** `iso` as "2026-12-03 14:05 UTC". */
const shownDate = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The name a dashboard opened from a file is shown under: its own, then when it was saved. */
export const savedName = (name: string, savedAt: string) =>
  `${name} (saved dashboard, ${shownDate(savedAt)})`;

/**
 * The elements a saved dashboard adds to the single-file app, as the parts of its HTML:
 * `template` cut before its first <script> (the app's; in the head, so the data is parsed with the
 * page before the app's module script runs), the data element (base64, never executed: its type
 * is not JavaScript), the view element (JSON with every `<` escaped, so no text can close the
 * element), and the rest of the template. Null when the template has no script.
 * @example embedDashboard('<head><script>app</script>', 'QUJD', '{}').join('')
 * // '<head><script type="application/octet-stream" id="metricscope-data">QUJD</script>\n
 * //  <script type="application/json" id="metricscope-view">{}</script>\n<script>app</script>'
 */
export function embedDashboard(template: string, data: string, view: string): string[] | null {
  const at = template.search(/<script\b/i);
  if (at < 0) return null;
  return [
    template.slice(0, at),
    `<script type="application/octet-stream" id="${SAVED_DATA_ID}">`,
    data,
    `</script>\n<script type="application/json" id="${SAVED_VIEW_ID}">`,
    view.replace(/</g, '\\u003c'),
    '</script>\n',
    template.slice(at),
  ];
}

/** A name's letters and digits, lower case, dashes between: "metricscope-<this>-<date>.html". */
function slug(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 48).replace(/-+$/, '') || 'data';
}

/** "3,000,000" */
const count = (n: number) => n.toLocaleString('en-US');

/** Bytes as megabytes with one decimal: "31.5 MB". */
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const NOTHING_SAVED = 'Nothing was saved.';

/** What saveDashboard answers: the file to download and its name, or why there is none. */
export type SaveOutcome =
  { ok: true; blob: Blob; fileName: string; dataBytes: number } | { ok: false; reason: string };

/** The source to save and its data's parts, or why the data shown cannot be saved. */
async function sourceToSave(): Promise<
  { ok: true; name: string; source: SavedSource; parts: Blob[] } | { ok: false; reason: string }
> {
  const s = store.getState();
  const name = opened?.shown === s.source.name ? opened.original : s.source.name;
  if (s.source.kind === 'demo') {
    return {
      ok: true,
      name: `demo ${s.demoSize} seed ${s.demoSeed}`,
      source: { kind: 'demo', seed: s.demoSeed, size: s.demoSize },
      parts: [],
    };
  }
  if (s.prometheus !== null) {
    const text = await connected().api.prometheusText();
    if (text === null) {
      return {
        ok: false,
        reason: `The series fetched from ${name} are not held. ${NOTHING_SAVED}`,
      };
    }
    const file = { name, options: { format: 'prometheus-json' }, mapping: 'detected' } as const;
    return {
      ok: true,
      name,
      source: { kind: 'files', name, files: [file], prometheus: s.prometheus },
      parts: [new Blob([text])],
    };
  }
  const files: FileSource[] = s.loaded;
  return {
    ok: true,
    name,
    source: {
      kind: 'files',
      name,
      files: files.map((f) => ({ name: f.name, options: f.options, mapping: f.mapping })),
    },
    parts: files.map((f) => (typeof f.input === 'string' ? new Blob([f.input]) : f.input)),
  };
}

/**
 * The dashboard shown as one self-contained HTML file: the single-file app (see appTemplate) with
 * the data (the files as they were read, with their read options; a Prometheus source's fetched
 * response; for the demo only its seed and size) compressed in a non-executing element, and the
 * view state (captureViewState) beside it. Opened from disk it shows the same figures with no
 * request made (see openSavedDashboard). Refused, with one sentence and nothing to download, when
 * nothing is loaded, the data passes MAX_SAVED_SAMPLES samples of its own series,
 * MAX_SAVED_RAW_BYTES before or MAX_SAVED_COMPRESSED_BYTES after compression, a file cannot be
 * read again, or the template cannot be had.
 */
export async function saveDashboard(now: Date = new Date()): Promise<SaveOutcome> {
  const { catalogue, status } = store.getState();
  if (catalogue === null || status !== 'ready') {
    return { ok: false, reason: `There is no data shown to save yet. ${NOTHING_SAVED}` };
  }
  const view = JSON.stringify(captureViewState());
  const samples = catalogue.series.reduce((n, s) => (isDerived(s.labels) ? n : n + s.length), 0);
  // The demo is saved as its seed and size, whatever its size.
  if (store.getState().source.kind !== 'demo' && samples > MAX_SAVED_SAMPLES) {
    return {
      ok: false,
      reason: `This data set has ${count(samples)} samples: a saved dashboard holds at most ${count(MAX_SAVED_SAMPLES)}. ${NOTHING_SAVED}`,
    };
  }
  const toSave = await sourceToSave();
  if (!toSave.ok) return toSave;
  const { name, source, parts } = toSave;
  if (source.kind === 'files') {
    const rawBytes = parts.reduce((n, part) => n + part.size, 0);
    if (rawBytes > MAX_SAVED_RAW_BYTES) {
      return {
        ok: false,
        reason: `Its data takes ${megabytes(rawBytes)}: a saved dashboard holds at most ${megabytes(MAX_SAVED_RAW_BYTES)}. ${NOTHING_SAVED}`,
      };
    }
  }
  const template = await appTemplate();
  if (!template.ok) return { ok: false, reason: `${template.reason} ${NOTHING_SAVED}` };
  const header: SavedHeader = {
    format: 'metricscope-dashboard',
    version: 1,
    savedAt: now.toISOString(),
    source,
  };
  const encoded = await encodeSavedData({ ...header }, parts, MAX_SAVED_COMPRESSED_BYTES);
  if (!encoded.ok) {
    const reason =
      encoded.reason === 'too-large'
        ? `Its data compresses to more than ${megabytes(encoded.limitBytes)}, the most a saved dashboard holds.`
        : `The data of ${name} could not be read again: ${encoded.message}.`;
    return { ok: false, reason: `${reason} ${NOTHING_SAVED}` };
  }
  const html = embedDashboard(template.html, encoded.base64, view);
  if (html === null) {
    return { ok: false, reason: `The single-file app has no script to embed in. ${NOTHING_SAVED}` };
  }
  return {
    ok: true,
    blob: new Blob(html, { type: 'text/html' }),
    fileName: `metricscope-${slug(name)}-${header.savedAt.slice(0, 10)}.html`,
    dataBytes: encoded.compressedBytes,
  };
}

/**
 * Starts a load and waits for it: 'shown' when its data is shown, 'replaced' when a newer load
 * (a file dropped meanwhile) took its place, 'failed' when it showed nothing.
 */
async function shown(start: () => Promise<void>): Promise<'shown' | 'replaced' | 'failed'> {
  const done = start();
  const load = store.getState().loadsAsked;
  await done;
  const s = store.getState();
  if (s.loadsAsked !== load) return 'replaced';
  return s.status === 'ready' && s.loadError === null ? 'shown' : 'failed';
}

/** Shows the demo and says why the saved dashboard could not be opened. */
async function openFailed(reason: string): Promise<void> {
  store.setState({ loadProgress: null });
  await loadDemo();
  store.setState({ loadError: reason, failedFile: 'the saved dashboard' });
}

/** Opens a saved dashboard's data and view (see openSavedDashboard). */
async function openSaved(data: string, viewText: string): Promise<void> {
  store.setState({
    loadProgress: { name: 'the saved dashboard', bytesRead: 0, totalBytes: 0, rowsParsed: 0 },
  });
  const decoded = await decodeSavedData(data, MAX_SAVED_RAW_BYTES);
  if (!decoded.ok) return openFailed(decoded.reason);
  const header = savedHeader(decoded.header, decoded.parts.length);
  if (header === null) {
    return openFailed('Its data is not a saved dashboard this version of Metricscope reads.');
  }
  const { source, savedAt } = header;
  store.setState({ loadProgress: null });
  let outcome: Awaited<ReturnType<typeof shown>>;
  if (source.kind === 'demo') {
    setDemoOptions({ demoSeed: source.seed, demoSize: source.size });
    outcome = await shown(loadDemo);
  } else {
    const files = source.files.map((f, i) => ({ ...f, input: decoded.parts[i] }));
    outcome = await shown(() => loadFiles(files));
  }
  if (outcome === 'failed') {
    return openFailed(store.getState().loadError ?? 'Its data could not be read.');
  }
  if (outcome === 'replaced') return;
  const original = store.getState().source.name;
  const name = savedName(original, savedAt);
  opened = { shown: name, original };
  store.setState((s) => ({ source: { ...s.source, name } }));
  const view = parseSavedView(viewText);
  if (view !== null) await applyViewState(view);
}

/**
 * Startup of a page that may be a saved dashboard: when `doc` holds the embedded data element,
 * takes the data and view out of the page, keeps the page as the template of the next save (see
 * captureTemplate), and opens them: the demo regenerated with its seed and size, or the files
 * read again as they were, then the view state applied; the header names the source with "(saved
 * dashboard, <when>)". A file whose data cannot be read shows the demo and says why. Answers
 * whether the page was a saved dashboard (else the caller loads the demo).
 */
export function openSavedDashboard(doc: Document): boolean {
  const data = doc.getElementById(SAVED_DATA_ID);
  const view = doc.getElementById(SAVED_VIEW_ID);
  const dataText = data?.textContent ?? null;
  const viewText = view?.textContent ?? '';
  data?.remove();
  view?.remove();
  captureTemplate(doc);
  if (dataText === null) return false;
  void openSaved(dataText, viewText);
  return true;
}
