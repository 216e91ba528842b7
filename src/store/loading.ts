import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import { byteSize } from '../io/csv/utf8Length';
import { errorMessage } from '../io/errorMessage';
import type { ReadProgress } from '../io/readMetrics';
import type { FileReadOptions, FileToRead, PrometheusOutcome } from '../worker/api';
import type { MetricscopeClient } from '../worker/client';
import { loadTooLarge } from './loadSizeLimit';
import { showCatalogue } from './refresh';
import { attached, connected, store, type DataSlice, type FileSource } from './state';

/**
 * Generates the simulated demo in the worker with the Simulate control's seed and size, resets
 * every panel to its defaults for it, and computes all panels.
 */
export async function loadDemo(): Promise<void> {
  const { demoSeed, demoSize } = store.getState();
  const load = askLoad();
  store.setState({ status: 'loading', loadError: null, loadProgress: null });
  try {
    const catalogue = await connected().api.loadDemo(demoSeed, demoSize);
    if (!isNewest(load)) return;
    store.setState({
      source: { kind: 'demo', name: catalogue.label },
      ...NO_FILE_REPORT,
      loaded: [],
      prometheus: null,
      prometheusResolution: null,
    });
    await showCatalogue(catalogue);
  } catch (error) {
    if (isNewest(load)) store.setState({ status: 'error', loadError: errorMessage(error) });
  }
}

const NO_FILE_REPORT = {
  readReports: [],
  fileFailures: [],
  loadNotes: [],
} satisfies Partial<DataSlice>;

/** The files shown now, with the options they were read with. */
export function loadedFiles(): readonly FileSource[] {
  return store.getState().loaded;
}

/** Counts a new load and returns its number. */
function askLoad(): number {
  const load = store.getState().loadsAsked + 1;
  store.setState({ loadsAsked: load });
  return load;
}

/** Whether `load` is the newest load asked for. */
const isNewest = (load: number) => store.getState().loadsAsked === load;

/** The name of a load of `files`: the file's name, or the first's and how many more. */
const loadName = (files: readonly Pick<FileToRead, 'name'>[]) =>
  files.length === 1 ? files[0].name : `${files[0].name} + ${files.length - 1} more`;

/**
 * Refuses `files` when their sizes together pass MAX_LOAD_BYTES (see loadTooLarge), before any is
 * read: loadError says why, and the data set shown stays as it was. Answers whether they were.
 */
export function refuseTooLarge(files: readonly Pick<FileToRead, 'input' | 'name'>[]): boolean {
  const reason = loadTooLarge(files);
  if (reason === null) return false;
  store.setState({ loadError: reason, failedFile: loadName(files) });
  return true;
}

/**
 * Has the worker read files (or pasted text) as streams, with progress, and shows their series
 * together in every panel they can feed (each read with its own options, see FileSource). Files
 * that cannot be read are listed in fileFailures while the others load; when none can, loadError
 * says why. A cancelled load changes nothing, nor does a failed one, nor files too large to read
 * (see refuseTooLarge): the data set already shown stays as it was.
 */
export function loadFiles(files: readonly FileSource[]): Promise<void> {
  if (files.length === 0 || refuseTooLarge(files)) return Promise.resolve();
  const name = loadName(files);
  const totalBytes = files.reduce((total, f) => total + byteSize(f.input), 0);
  const toRead = files.map(({ input, name, options }) => ({ input, name, options }));
  return loadSource(name, totalBytes, files, null, (client, onProgress) =>
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
 * server could not be reached) becomes loadError, and the data set shown stays as it was. The
 * step fetched (coarser than asked when the point budget requires it) becomes
 * prometheusResolution.
 */
export function connectPrometheus(request: PrometheusRequest, name: string): Promise<void> {
  return loadSource(name, 0, [], request, (client, onProgress) =>
    client.loadPrometheus(request, name, onProgress),
  );
}

/**
 * The flow loadFiles and connectPrometheus share: progress, outcome, error, newest-load-wins.
 * `files` are the files read (none for Prometheus), for the reports and changeMapping;
 * `prometheus` the request read (null for files), kept to be asked again.
 */
async function loadSource(
  name: string,
  totalBytes: number,
  files: readonly FileSource[],
  prometheus: PrometheusRequest | null,
  start: (
    client: MetricscopeClient,
    onProgress: (progress: ReadProgress) => void,
  ) => Promise<PrometheusOutcome>,
): Promise<void> {
  // Only the newest load may touch the store: progress can arrive late on its own channel, and an
  // older load answers 'cancelled' after a newer one has started.
  const load = askLoad();
  const current = () => isNewest(load);
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
    const mappingOf = (file: string) => files.find((f) => f.name === file)?.mapping ?? 'detected';
    store.setState({
      loaded: files.filter((f) => read.has(f.name)),
      prometheus,
      prometheusResolution: outcome.resolution ?? null,
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
  void attached()?.api.cancelLoad();
}

/** Hides the last load's reports and any load error. */
export function dismissReport(): void {
  store.setState({ ...NO_FILE_REPORT, loadError: null, failedFile: null });
}
