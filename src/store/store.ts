import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import type { ReadProgress } from '../io/readMetrics';
import type { ReadReport } from '../io/readReport';
import type { DemoSize } from '../io/simulateDemo';
import type { AnalysisResult } from '../worker/analyses';
import type { LoadOutcome } from '../worker/api';
import type { MetricscopeClient } from '../worker/client';
import type { Catalogue } from '../worker/workspace';
import { availablePanels, defaultParams, type PanelKey, type PanelParams } from './panels';

/** Data-set slice: what is loaded, where it came from, and a file being read. */
export interface DataSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  catalogue: Catalogue | null;
  /** Why the demo or a file could not be loaded (one sentence), until dismissed or replaced. */
  loadError: string | null;
  source: { kind: 'demo' | 'file'; name: string };
  /** The file being read (the name it was opened under) and how far; null when none is. */
  loadProgress: (ReadProgress & { name: string }) | null;
  /** The name of the file loadError is about; null when it is about the demo. */
  failedFile: string | null;
  /** What the reader found in the last file loaded, until dismissed. */
  readReport: ReadReport | null;
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

/** UI slice: the Simulate control's inputs. */
export interface UiSlice {
  demoSeed: number;
  demoSize: DemoSize;
}

export type MetricscopeState = DataSlice & ParamsSlice & ResultsSlice & UiSlice;

const initialState = (): MetricscopeState => ({
  status: 'idle',
  catalogue: null,
  loadError: null,
  source: { kind: 'demo', name: 'Simulated demo' },
  loadProgress: null,
  failedFile: null,
  readReport: null,
  params: null,
  results: {},
  errors: {},
  pending: {},
  timings: {},
  demoSeed: 42,
  demoSize: 'small',
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

function connected(): MetricscopeClient {
  if (!client) throw new Error('The analysis worker is not attached');
  return client;
}

/** The items that pass `test`, and those that do not. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Recomputes one panel in the worker with its current parameters. Latest wins: a result that a
 * newer call for the same panel superseded is dropped, so a dragged slider never shows stale data.
 */
export async function refresh<K extends PanelKey>(panel: K): Promise<void> {
  const params = store.getState().params;
  if (!params) return;
  store.setState((s) => ({ pending: { ...s.pending, [panel]: true } }));
  const started = performance.now();
  try {
    const outcome = await connected().run(panel, params[panel]);
    if (outcome.status === 'superseded') return;
    store.setState((s) => ({
      results: { ...s.results, [panel]: outcome.value },
      errors: { ...s.errors, [panel]: undefined },
      pending: { ...s.pending, [panel]: false },
      timings: { ...s.timings, [panel]: performance.now() - started },
    }));
  } catch (error) {
    store.setState((s) => ({
      errors: { ...s.errors, [panel]: message(error) },
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

/**
 * Makes a newly loaded catalogue current: every panel back to its defaults for it, then every
 * panel it can feed computed. The 1e6-value timing runs last so that it never holds up the panels
 * queued behind it in the worker.
 */
async function showCatalogue(catalogue: Catalogue): Promise<void> {
  store.setState({
    status: 'ready',
    catalogue,
    params: defaultParams(catalogue),
    results: {},
    errors: {},
    pending: {},
    timings: {},
  });
  const [timing, analyses] = partition(availablePanels(catalogue), (p) => p === 'whereBench');
  await Promise.all(analyses.map((panel) => refresh(panel)));
  await Promise.all(timing.map((panel) => refresh(panel)));
}

/**
 * Generates the simulated demo in the worker with the Simulate control's seed and size, resets
 * every panel to its defaults for it, and computes all panels.
 */
export async function loadDemo(): Promise<void> {
  const { demoSeed, demoSize } = store.getState();
  store.setState({ status: 'loading', loadError: null });
  try {
    const catalogue = await connected().api.loadDemo(demoSeed, demoSize);
    store.setState({ source: { kind: 'demo', name: catalogue.label }, readReport: null });
    await showCatalogue(catalogue);
  } catch (error) {
    store.setState({ status: 'error', loadError: message(error) });
  }
}

let latestLoad = 0;

/** Size in bytes of what loadFile reads, for the progress bar before the first chunk arrives. */
const byteSize = (input: Blob | string) =>
  typeof input === 'string' ? new TextEncoder().encode(input).length : input.size;

/**
 * Has the worker read a file (or pasted text) as a stream, with progress, and shows it in every
 * panel it can feed. A file that cannot be read sets loadError and a cancelled one changes
 * nothing: in both cases the data set already shown stays as it was.
 */
export function loadFile(input: Blob | string, name: string): Promise<void> {
  return loadSource(name, byteSize(input), (client, onProgress) =>
    client.loadFile(input, name, onProgress),
  );
}

/**
 * Has the worker fetch `request`'s range queries from a Prometheus-compatible server and shows
 * their series, as loadFile shows a file's, under `name`. Prometheus's own error text (or why the
 * server could not be reached) becomes loadError, and the data set shown stays as it was.
 */
export function connectPrometheus(request: PrometheusRequest, name: string): Promise<void> {
  return loadSource(name, 0, (client, onProgress) =>
    client.loadPrometheus(request, name, onProgress),
  );
}

/** The flow loadFile and connectPrometheus share: progress, outcome, error, newest-load-wins. */
async function loadSource(
  name: string,
  totalBytes: number,
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
    store.setState({ source: { kind: 'file', name }, readReport: outcome.report });
    await showCatalogue(outcome.catalogue);
  } catch (error) {
    if (current()) {
      store.setState({ loadProgress: null });
      failed(message(error));
    }
  }
}

/** Stops the file being read; the data set shown stays as it was. */
export function cancelLoad(): void {
  void client?.api.cancelLoad();
}

/** Hides the last file's report and any load error. */
export function dismissReport(): void {
  store.setState({ readReport: null, loadError: null, failedFile: null });
}
