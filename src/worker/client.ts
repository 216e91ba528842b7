import { proxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import type { ReadProgress } from '../io/readMetrics';
import type { AnalysisName, AnalysisParams, AnalysisResult } from './analyses';
import type { FileToRead, LoadOutcome, MetricscopeApi, Outcome, PrometheusOutcome } from './api';
import { spawnWorker } from './spawnWorker';

/** The page's handle on the worker: the remote API plus latest-wins analysis calls. */
export interface MetricscopeClient {
  readonly api: Remote<MetricscopeApi>;
  /**
   * Runs an analysis in the worker. Calls sharing `key` (default: the analysis name) are
   * latest-wins: an older call answers 'superseded' instead of a result that would overwrite a
   * newer one, whichever order the answers arrive in.
   */
  run<K extends AnalysisName>(
    name: K,
    params: AnalysisParams<K>,
    key?: string,
  ): Promise<Outcome<AnalysisResult<K>>>;
  /** Has the worker read files (or pasted text) as one data set, reporting progress as it streams. */
  loadFiles(
    files: readonly FileToRead[],
    label: string,
    onProgress: (progress: ReadProgress) => void,
  ): Promise<LoadOutcome>;
  /** Has the worker fetch range queries from a Prometheus server and load their series. */
  loadPrometheus(
    request: PrometheusRequest,
    name: string,
    onProgress: (progress: ReadProgress) => void,
  ): Promise<PrometheusOutcome>;
}

/**
 * What a supervisor sees of a client's calls (see superviseWorker): every call's answer, which it
 * may replace with a rejection, and each sign of life a call gives before it answers (progress).
 */
export interface CallWatch {
  track<T>(method: keyof MetricscopeApi, args: readonly unknown[], answer: Promise<T>): Promise<T>;
  alive(): void;
}

const UNWATCHED: CallWatch = { track: (_method, _args, answer) => answer, alive: () => {} };

/** `remote` with every method call's answer passed through `watch.track`. */
function watched(remote: Remote<MetricscopeApi>, watch: CallWatch): Remote<MetricscopeApi> {
  if (watch === UNWATCHED) return remote;
  return new Proxy(remote, {
    get(target, key) {
      // Not a thenable: `await api` must not look for a `then` method in the worker.
      if (typeof key !== 'string' || key === 'then') return undefined;
      const method = key as keyof MetricscopeApi;
      const call = target[method] as unknown as (...args: unknown[]) => Promise<unknown>;
      return (...args: unknown[]) => watch.track(method, args, call(...args));
    },
  });
}

/**
 * Wraps any Comlink endpoint (a Worker, or a MessagePort in tests) as a MetricscopeClient, its
 * calls seen by `watch` when given.
 */
export function createClient(endpoint: Endpoint, watch: CallWatch = UNWATCHED): MetricscopeClient {
  const api = watched(wrap<MetricscopeApi>(endpoint), watch);
  const alive =
    <T>(onProgress: (progress: T) => void) =>
    (progress: T) => {
      watch.alive();
      onProgress(progress);
    };
  const issued = new Map<string, number>();
  return {
    api,
    async run<K extends AnalysisName>(
      name: K,
      params: AnalysisParams<K>,
      key: string = name,
    ): Promise<Outcome<AnalysisResult<K>>> {
      const sequence = (issued.get(key) ?? 0) + 1;
      issued.set(key, sequence);
      const outcome = (await api.run(name, params, key, sequence)) as Outcome<AnalysisResult<K>>;
      return issued.get(key) === sequence ? outcome : { status: 'superseded' };
    },
    loadFiles(files, label, onProgress) {
      return api.loadFiles(files, label, proxy(alive(onProgress)));
    },
    loadPrometheus(request, name, onProgress) {
      return api.loadPrometheus(request, name, proxy(alive(onProgress)));
    },
  };
}

/** Starts the worker that hosts the kernel and analyses (see spawnWorker), and wraps it. */
export function startWorker(): { client: MetricscopeClient; worker: Worker } {
  const worker = spawnWorker();
  return { client: createClient(worker), worker };
}
