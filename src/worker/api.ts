import { transfer } from 'comlink';
import { transferables } from '../analysis/transferables';
import { nextTask } from '../io/nextTask';
import { fetchPrometheus } from '../io/prometheus/fetchPrometheus';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import {
  readMetrics,
  type ReadOptions,
  type ReadOutcome,
  type ReadProgress,
} from '../io/readMetrics';
import type { ReadReport } from '../io/readReport';
import { simulateDemo, type DemoSize } from '../io/simulateDemo';
import { analyses, type AnalysisName, type AnalysisParams, type AnalysisResult } from './analyses';
import {
  catalogue,
  datasetWorkspace,
  demoWorkspace,
  residentBuffers,
  type Catalogue,
  type Workspace,
} from './workspace';

/** A call's answer: its result, or word that a newer call with the same key replaced it. */
export type Outcome<T> = { status: 'fresh'; value: T } | { status: 'superseded' };

/**
 * The buffers a result may give away: all of its typed arrays' buffers except those the workspace
 * holds (a view of resident data, transferred, would detach the resident copy).
 */
export function transferList(
  result: unknown,
  resident: ReadonlySet<ArrayBufferLike>,
): ArrayBuffer[] {
  return transferables(result).filter((buffer) => !resident.has(buffer));
}

/** How a file is read: the reader's options less the ones the worker supplies itself. */
export type FileReadOptions = Omit<ReadOptions, 'onProgress' | 'signal'>;

/** A file load's answer: the new catalogue and the reader's report, or why nothing was loaded. */
export type LoadOutcome =
  { ok: true; catalogue: Catalogue; report: ReadReport } | { ok: false; reason: string };

/**
 * The object the worker exposes through Comlink. Data sets are loaded once and stay resident;
 * `run` sends only parameters and answers with typed arrays transferred, not copied. Calls carry a
 * key and a sequence number: a call whose key has seen a newer call by the time it starts is
 * skipped (answered 'superseded'), so a dragged slider computes only the latest position.
 */
export function createApi() {
  let workspace: Workspace | undefined;
  let resident = new Set<ArrayBufferLike>();
  const newestCall = new Map<string, number>();
  let reading: AbortController | null = null;

  const load = (next: Workspace): Catalogue => {
    workspace = next;
    resident = residentBuffers(next);
    return catalogue(next);
  };

  /** Runs one read (cancelling one still running) and makes what it read resident. */
  const loadRead = async (
    name: string,
    read: (signal: AbortSignal) => Promise<ReadOutcome>,
  ): Promise<LoadOutcome> => {
    reading?.abort();
    const controller = new AbortController();
    reading = controller;
    const outcome = await read(controller.signal);
    if (reading === controller) reading = null;
    if (!outcome.ok) return { ok: false, reason: outcome.reason };
    return {
      ok: true,
      catalogue: load(datasetWorkspace(outcome.dataset, name)),
      report: outcome.report,
    };
  };

  return {
    /** Generates the simulated demo inside the worker and makes it the resident data. */
    loadDemo(seed: number, size: DemoSize): Catalogue {
      return load(
        demoWorkspace(simulateDemo(seed, size), `Simulated demo (${size}, seed ${seed})`),
      );
    },

    /**
     * Reads a dropped file (or pasted text) as a stream inside the worker and, when it can be
     * read, makes it the resident data. The previous data stays resident when reading fails or is
     * cancelled (reason 'cancelled'). A new load cancels one still running.
     */
    async loadFile(
      input: Blob | string,
      name: string,
      options: FileReadOptions = {},
      onProgress?: (progress: ReadProgress) => void,
    ): Promise<LoadOutcome> {
      return loadRead(name, (signal) => readMetrics(input, { ...options, onProgress, signal }));
    },

    /**
     * Asks a Prometheus-compatible server for each query over one range (see fetchPrometheus)
     * and reads the series of all of them as one Prometheus JSON response, as loadFile would
     * read a saved one, making them the resident data. Like loadFile, the previous data stays
     * resident on failure (Prometheus's own error text) or cancellation (cancelLoad).
     */
    async loadPrometheus(
      request: PrometheusRequest,
      name: string,
      onProgress?: (progress: ReadProgress) => void,
    ): Promise<LoadOutcome> {
      return loadRead(name, async (signal) => {
        const fetched = await fetchPrometheus(request, fetch, signal);
        if (!fetched.ok) return fetched;
        return readMetrics(fetched.text, { format: 'prometheus-json', onProgress, signal });
      });
    },

    /** Stops the load in progress, if any; its loadFile or loadPrometheus answers 'cancelled'. */
    cancelLoad(): void {
      reading?.abort();
    },

    /** Runs analysis `name` on the resident data unless a newer call with the same key arrived. */
    async run<K extends AnalysisName>(
      name: K,
      params: AnalysisParams<K>,
      key: string,
      sequence: number,
    ): Promise<Outcome<AnalysisResult<K>>> {
      newestCall.set(key, Math.max(newestCall.get(key) ?? 0, sequence));
      await nextTask();
      if (sequence < (newestCall.get(key) ?? 0)) return { status: 'superseded' };
      if (!workspace) throw new Error('No data is loaded: call loadDemo first');
      const analysis = analyses[name] as (w: Workspace, p: AnalysisParams<K>) => AnalysisResult<K>;
      const value = analysis(workspace, params);
      return transfer({ status: 'fresh', value }, transferList(value, resident));
    },
  };
}

export type MetricscopeApi = ReturnType<typeof createApi>;
