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

/** Wraps any Comlink endpoint (a Worker, or a MessagePort in tests) as a MetricscopeClient. */
export function createClient(endpoint: Endpoint): MetricscopeClient {
  const api = wrap<MetricscopeApi>(endpoint);
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
      return api.loadFiles(files, label, proxy(onProgress));
    },
    loadPrometheus(request, name, onProgress) {
      return api.loadPrometheus(request, name, proxy(onProgress));
    },
  };
}

/** Starts the worker that hosts the kernel and analyses (see spawnWorker), and wraps it. */
export function startWorker(): { client: MetricscopeClient; worker: Worker } {
  const worker = spawnWorker();
  return { client: createClient(worker), worker };
}
