import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { FilePreview } from '../io/inspectMetrics';
import type { PrometheusResolution } from '../io/prometheus/fetchPrometheus';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import type { ReadProgress } from '../io/readMetrics';
import type { ReadReport } from '../io/readReport';
import type { DemoSize } from '../io/simulateDemo';
import type { AnalysisResult } from '../worker/analyses';
import type { FileReadOptions, FileToRead } from '../worker/api';
import type { MetricscopeClient } from '../worker/client';
import type { Catalogue } from '../worker/workspace';
import { readStored } from './browserStorage';
import type { PanelKey, PanelParams } from './panels';

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
  /** Loads asked for so far (demo, files, Prometheus): only the newest may change the store. */
  loadsAsked: number;
  /** Data sets shown so far: a result computed for an earlier one is never stored. */
  dataSetsShown: number;
  /** The files shown now, as they were read: what a changed column mapping reads again. */
  loaded: FileSource[];
  /** The Prometheus request whose series are shown now, or null when they came from elsewhere. */
  prometheus: PrometheusRequest | null;
  /** The step `prometheus` was fetched at and why (null with it). */
  prometheusResolution: PrometheusResolution | null;
  /** What happened when the analysis worker last stopped, and to the data set, until dismissed. */
  workerNotice: string | null;
}

/** How a file's columns came to be read as they were. */
export type MappingSource = 'detected' | 'chosen' | 'remembered';

/**
 * The reader's report on one file, under the file's name, with how long the worker took to read it
 * (ms, see LoadOutcome) and where its column mapping came from.
 */
export interface FileReport {
  name: string;
  report: ReadReport;
  readMs: number;
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
  timings: { [K in PanelKey]?: PanelTiming };
}

/** How long a panel's newest result took, in milliseconds. */
export interface PanelTiming {
  /** From the request to the result on the page: the worker's time, the transfer, and any wait. */
  answeredMs: number;
  /** Of which computing in the worker (Outcome.computeMs). */
  computeMs: number;
}

/** How times are shown: in UTC, or in the browser's own time zone. */
export type TimeZoneSetting = 'utc' | 'local';

/** The IANA name of a time zone setting: 'UTC', or the browser's own zone for 'local'. */
export function ianaZone(setting: TimeZoneSetting): string {
  return setting === 'utc' ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The colour scheme: the system's (prefers-color-scheme), or one chosen. */
export type ThemeSetting = 'system' | 'light' | 'dark';

/** A time range in epoch milliseconds, start <= end, both ends included. */
export interface TimeRange {
  start: number;
  end: number;
}

/** UI slice: the Simulate control's inputs, the display time zone, colour scheme and zoom. */
export interface UiSlice {
  demoSeed: number;
  demoSize: DemoSize;
  timeZone: TimeZoneSetting;
  theme: ThemeSetting;
  /** The time range every time-series panel is zoomed to (linked zoom), or null for all of it. */
  zoom: TimeRange | null;
}

/** Where the display time zone is remembered (see setTimeZone). */
export const TIME_ZONE_KEY = 'metricscope.timeZone';

/** The time zone chosen last time (kept in localStorage), else UTC: files' zone-less times show as written. */
function storedTimeZone(): TimeZoneSetting {
  return readStored(TIME_ZONE_KEY) === 'local' ? 'local' : 'utc';
}

/** Where the colour scheme is remembered (see setTheme). */
export const THEME_KEY = 'metricscope.theme';

/** The colour scheme chosen last time (kept in localStorage), else the system's. */
function storedTheme(): ThemeSetting {
  const stored = readStored(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
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
  loadsAsked: 0,
  dataSetsShown: 0,
  loaded: [],
  prometheus: null,
  prometheusResolution: null,
  workerNotice: null,
  params: null,
  results: {},
  errors: {},
  pending: {},
  timings: {},
  demoSeed: 42,
  demoSize: 'small',
  timeZone: storedTimeZone(),
  theme: storedTheme(),
  zoom: null,
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

/** The attached worker client, or null when there is none. */
export function attached(): MetricscopeClient | null {
  return client;
}

/** The attached worker client; throws when there is none. */
export function connected(): MetricscopeClient {
  if (!client) throw new Error('The analysis worker is not attached');
  return client;
}
