import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import type { FilePreview } from '../io/inspectMetrics';
import { byteSize } from '../io/csv/utf8Length';
import { errorMessage } from '../io/errorMessage';
import type { ReadProgress } from '../io/readMetrics';
import type { ReadReport } from '../io/readReport';
import type { DemoSize } from '../io/simulateDemo';
import type { AnalysisResult } from '../worker/analyses';
import type { FileReadOptions, FileToRead, LoadOutcome } from '../worker/api';
import type { MetricscopeClient } from '../worker/client';
import type { Catalogue } from '../worker/workspace';
import { readStored, writeStored } from './browserStorage';
import { defaultParams, PANELS, type PanelKey, type PanelParams } from './panels';

/** Data-set slice: what is loaded, where it came from, and a file being read. */
export interface DataSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  catalogue: Catalogue | null;
  /** Why the demo or a file could not be loaded (one sentence), until dismissed or replaced. */
  loadError: string | null;
  source: { kind: 'demo' | 'file'; name: string };
  /** The load in progress (its name: the file's, or 'a.csv + 2 more') and how far; null when none is. */
  loadProgress: (ReadProgress & { name: string }) | null;
  /** The name of the file loadError is about; null when it is about the demo. */
  failedFile: string | null;
  /** What the reader found in each file of the last load, until dismissed. */
  readReports: FileReport[];
  /** Files of the last load that could not be read (the others were loaded), until dismissed. */
  fileFailures: { name: string; reason: string }[];
  /** What merging several files did (see filesWorkspace), until dismissed. */
  loadNotes: string[];
  /** The column-mapping step waiting for a person's choices, or null. */
  mapping: MappingRequest | null;
}

/** How a file's columns came to be read as they were. */
export type MappingSource = 'detected' | 'chosen' | 'remembered';

/** The reader's report on one file, under the file's name, with where its column mapping came from. */
export interface FileReport {
  name: string;
  report: ReadReport;
  mapping: MappingSource;
}

/** A file loaded, or to load, with the options it is read with and where they came from. */
export interface FileSource extends FileToRead {
  mapping: MappingSource;
}

/** The column-mapping step for one file: what it looks like read with `options` so far. */
export interface MappingRequest {
  /** Tells one file's mapping step from the next (the same for all revisions of its choices). */
  id: number;
  name: string;
  preview: FilePreview;
  /** The choices so far: delimiter, header, column roles, units, sampling interval. */
  options: FileReadOptions;
  /** Why the choices cannot be read (from the last check of them), or null. */
  problem: string | null;
  /** True while new roles, delimiter or header are being checked against the file. */
  checking: boolean;
  /** Which of the files being opened this is (1-based), of how many that need the step. */
  position: number;
  count: number;
}

/** Parameters slice: every panel's series picks and slider values. */
export interface ParamsSlice {
  params: PanelParams | null;
}

/** Results slice: the newest result of each panel, its error, whether it is computing, and how long it took. */
export interface ResultsSlice {
  results: { [K in PanelKey]?: AnalysisResult<K> };
  errors: { [K in PanelKey]?: string };
  pending: { [K in PanelKey]?: boolean };
  /** Milliseconds from request to result, per panel (worker time plus transfer). */
  timings: { [K in PanelKey]?: number };
}

/** How times are shown: in UTC, or in the browser's own time zone. */
export type TimeZoneSetting = 'utc' | 'local';

/** UI slice: the Simulate control's inputs and the display time zone. */
export interface UiSlice {
  demoSeed: number;
  demoSize: DemoSize;
  timeZone: TimeZoneSetting;
}

const TIME_ZONE_KEY = 'metricscope.timeZone';

/** The time zone chosen last time (kept in localStorage), else UTC: files' zone-less times show as written. */
function storedTimeZone(): TimeZoneSetting {
  return readStored(TIME_ZONE_KEY) === 'local' ? 'local' : 'utc';
}

export type MetricscopeState = DataSlice & ParamsSlice & ResultsSlice & UiSlice;

const initialState = (): MetricscopeState => ({
  status: 'idle',
  catalogue: null,
  loadError: null,
  source: { kind: 'demo', name: 'Simulated demo' },
  loadProgress: null,
  failedFile: null,
  readReports: [],
  fileFailures: [],
  loadNotes: [],
  mapping: null,
  params: null,
  results: {},
  errors: {},
  pending: {},
  timings: {},
  demoSeed: 42,
  demoSize: 'small',
  timeZone: storedTimeZone(),
});

/** The one store. Components read it through narrow selectors; actions below change it. */
export const store = createStore<MetricscopeState>()(initialState);

/** React hook: a narrow slice of the store, re-rendering only when that slice changes. */
export function useMetricscope<T>(selector: (state: MetricscopeState) => T): T {
  return useStore(store, selector);
}

let client: MetricscopeClient | null = null;

/** Connects the store to the analysis worker (or, in tests, to a client over a MessageChannel). */
export function attachClient(next: MetricscopeClient | null): void {
  client = next;
}

/** Puts the store back to its first state (tests; a new data source). */
export function resetStore(): void {
  store.setState(initialState(), true);
}

/** The attached worker client; throws when there is none. */
export function connected(): MetricscopeClient {
  if (!client) throw new Error('The analysis worker is not attached');
  return client;
}

/** The items that pass `test`, and those that do not. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** Counts the data sets shown: a result computed for an earlier one is never stored. */
let shown = 0;
/** Counts the loads asked for (demo, files, Prometheus): only the newest may change the store. */
let latestLoad = 0;

/**
 * Recomputes one panel in the worker with its current parameters. Latest wins: a result that a
 * newer call for the same panel superseded is dropped, so a dragged slider never shows stale data,
 * and so is one that was asked for before another data set was shown.
 */
export async function refresh<K extends PanelKey>(panel: K): Promise<void> {
  const params = store.getState().params;
  if (!params) return;
  const dataSet = shown;
  store.setState((s) => ({ pending: { ...s.pending, [panel]: true } }));
  const started = performance.now();
  try {
    const outcome = await connected().run(panel, params[panel]);
    if (outcome.status === 'superseded' || dataSet !== shown) return;
    store.setState((s) => ({
      results: { ...s.results, [panel]: outcome.value },
      errors: { ...s.errors, [panel]: undefined },
      pending: { ...s.pending, [panel]: false },
      timings: { ...s.timings, [panel]: performance.now() - started },
    }));
  } catch (error) {
    if (dataSet !== shown) return;
    store.setState((s) => ({
      errors: { ...s.errors, [panel]: errorMessage(error) },
      pending: { ...s.pending, [panel]: false },
    }));
  }
}

/** Changes some of one panel's parameters and recomputes that panel only. */
export function setParams<K extends PanelKey>(panel: K, patch: Partial<PanelParams[K]>): void {
  const params = store.getState().params;
  if (!params) return;
  store.setState({ params: { ...params, [panel]: { ...params[panel], ...patch } } });
  void refresh(panel);
}

/** Sets the Simulate control's inputs (applied by loadDemo). */
export function setDemoOptions(options: Partial<UiSlice>): void {
  store.setState(options);
}

/** Shows every time in `timeZone` from now on, and remembers the choice for the next visit. */
export function setTimeZone(timeZone: TimeZoneSetting): void {
  store.setState({ timeZone });
  // Where storage is refused the setting still applies to this page, just not to the next visit.
  writeStored(TIME_ZONE_KEY, timeZone);
}

/**
 * Makes a newly loaded catalogue current: every result of the data set before cleared, every panel
 * back to its defaults for it, then every panel computed (a panel the data cannot feed answers
 * with what it needs). The 1e6-value timing runs last so that it never holds up the panels queued
 * behind it in the worker.
 */
async function showCatalogue(catalogue: Catalogue): Promise<void> {
  shown++;
  store.setState({
    status: 'ready',
    catalogue,
    params: defaultParams(catalogue),
    results: {},
    errors: {},
    pending: {},
    timings: {},
  });
  const [timing, analyses] = partition(PANELS, (p) => p === 'whereBench');
  await Promise.all(analyses.map((panel) => refresh(panel)));
  await Promise.all(timing.map((panel) => refresh(panel)));
}

/**
 * Generates the simulated demo in the worker with the Simulate control's seed and size, resets
 * every panel to its defaults for it, and computes all panels.
 */
export async function loadDemo(): Promise<void> {
  const { demoSeed, demoSize } = store.getState();
  const load = ++latestLoad;
  store.setState({ status: 'loading', loadError: null, loadProgress: null });
  try {
    const catalogue = await connected().api.loadDemo(demoSeed, demoSize);
    if (load !== latestLoad) return;
    store.setState({ source: { kind: 'demo', name: catalogue.label }, ...NO_FILE_REPORT });
    loaded = [];
    await showCatalogue(catalogue);
  } catch (error) {
    if (load === latestLoad) store.setState({ status: 'error', loadError: errorMessage(error) });
  }
}

const NO_FILE_REPORT = {
  readReports: [],
  fileFailures: [],
  loadNotes: [],
} satisfies Partial<DataSlice>;

/** The files shown now, as they were read: what changeMapping reads again. */
let loaded: FileSource[] = [];

/** The files shown now, with the options they were read with. */
export function loadedFiles(): readonly FileSource[] {
  return loaded;
}

/** The name of a load of `files`: the file's name, or the first's and how many more. */
const loadName = (files: readonly FileToRead[]) =>
  files.length === 1 ? files[0].name : `${files[0].name} + ${files.length - 1} more`;

/**
 * Has the worker read files (or pasted text) as streams, with progress, and shows their series
 * together in every panel they can feed (each read with its own options, see FileSource). Files
 * that cannot be read are listed in fileFailures while the others load; when none can, loadError
 * says why. A cancelled load changes nothing, nor does a failed one: the data set already shown
 * stays as it was.
 */
export function loadFiles(files: readonly FileSource[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  const name = loadName(files);
  const totalBytes = files.reduce((total, f) => total + byteSize(f.input), 0);
  const toRead = files.map(({ input, name, options }) => ({ input, name, options }));
  return loadSource(name, totalBytes, files, (client, onProgress) =>
    client.loadFiles(toRead, name, onProgress),
  );
}

/**
 * Has the worker read one file (or pasted text) with `options` as given, without the
 * column-mapping step (see openFiles for that), and shows it as loadFiles does.
 */
export function loadFile(
  input: Blob | string,
  name: string,
  options?: FileReadOptions,
): Promise<void> {
  return loadFiles([{ input, name, options, mapping: options ? 'chosen' : 'detected' }]);
}

/**
 * Has the worker fetch `request`'s range queries from a Prometheus-compatible server and shows
 * their series, as loadFile shows a file's, under `name`. Prometheus's own error text (or why the
 * server could not be reached) becomes loadError, and the data set shown stays as it was.
 */
export function connectPrometheus(request: PrometheusRequest, name: string): Promise<void> {
  return loadSource(name, 0, [], (client, onProgress) =>
    client.loadPrometheus(request, name, onProgress),
  );
}

/**
 * The flow loadFiles and connectPrometheus share: progress, outcome, error, newest-load-wins.
 * `files` are the files read (none for Prometheus), for the reports and changeMapping.
 */
async function loadSource(
  name: string,
  totalBytes: number,
  files: readonly FileSource[],
  start: (
    client: MetricscopeClient,
    onProgress: (progress: ReadProgress) => void,
  ) => Promise<LoadOutcome>,
): Promise<void> {
  // Only the newest load may touch the store: progress can arrive late on its own channel, and an
  // older load answers 'cancelled' after a newer one has started.
  const load = ++latestLoad;
  const current = () => load === latestLoad;
  const failed = (reason: string) => store.setState({ loadError: reason, failedFile: name });
  store.setState({
    loadError: null,
    failedFile: null,
    loadProgress: { name, bytesRead: 0, totalBytes, rowsParsed: 0 },
  });
  try {
    const outcome = await start(connected(), (progress) => {
      if (current() && store.getState().loadProgress) {
        store.setState({ loadProgress: { ...progress, name } });
      }
    });
    if (!current()) return;
    store.setState({ loadProgress: null });
    if (!outcome.ok) {
      if (outcome.reason !== 'cancelled') failed(outcome.reason);
      return;
    }
    const read = new Set(outcome.reports.map((r) => r.name));
    loaded = files.filter((f) => read.has(f.name));
    const mappingOf = (file: string) => files.find((f) => f.name === file)?.mapping ?? 'detected';
    store.setState({
      source: { kind: 'file', name },
      readReports: outcome.reports.map((r) => ({ ...r, mapping: mappingOf(r.name) })),
      fileFailures: outcome.failures,
      loadNotes: outcome.notes,
    });
    await showCatalogue(outcome.catalogue);
  } catch (error) {
    if (current()) {
      store.setState({ loadProgress: null });
      failed(errorMessage(error));
    }
  }
}

/** Stops the file being read; the data set shown stays as it was. */
export function cancelLoad(): void {
  void client?.api.cancelLoad();
}

/** Hides the last load's reports and any load error. */
export function dismissReport(): void {
  store.setState({ ...NO_FILE_REPORT, loadError: null, failedFile: null });
}
