import type { Endpoint } from 'comlink';
import { isOutOfMemory } from '../io/isOutOfMemory';
import type { MetricscopeApi } from './api';
import { createClient, type MetricscopeClient } from './client';

/** What supervising needs of a Worker: its messages, its error events, and ending it. */
export type SupervisedWorker = Endpoint & EventTarget & Pick<Worker, 'terminate'>;

/**
 * When a worker with calls outstanding counts as hung. After `quietMs` without an answer or a
 * progress report it is pinged (and again every `quietMs`); after `hangMs` without any sign of
 * life, the ping's answer included, it has stopped. A worker with no call outstanding is never hung.
 */
export interface Watchdog {
  quietMs: number;
  hangMs: number;
}

/**
 * 30 s of silence: every answer counts, so only one analysis (or one data set generated) at a time
 * has to fit, which takes seconds on 1e7 points; a file being read reports progress (and answers
 * pings) between chunks, however large it is.
 */
export const WATCHDOG: Watchdog = { quietMs: 5_000, hangMs: 30_000 };

/** What the worker was doing during each call, for the sentence saying where it stopped. */
const ACTIVITIES: { [K in keyof MetricscopeApi]: string } = {
  loadDemo: 'generating the demo',
  inspectFile: 'inspecting a file',
  loadFiles: 'reading files',
  loadPrometheus: 'loading from Prometheus',
  prometheusText: 'saving the dashboard',
  ping: 'answering a ping',
  cancelLoad: 'cancelling a load',
  run: 'computing',
};

/** What a call was doing: its activity, and for an analysis which one. */
function activity(method: keyof MetricscopeApi, args: readonly unknown[]): string {
  return method === 'run' ? `computing ${String(args[0])}` : ACTIVITIES[method];
}

/** Why an uncaught error stopped the worker, in plain words. */
function errorCause(event: Event): string {
  const message = (event as ErrorEvent).message ?? '';
  if (isOutOfMemory(message)) return 'out of memory';
  return message ? `error: ${message.replace(/^Uncaught /, '')}` : 'it failed';
}

/**
 * Runs the worker's calls through a client that notices when the worker fails: an uncaught error
 * in it (memory running out among them), a message it sent that cannot be read, or calls left
 * unanswered (see Watchdog; a worker that closed itself or was terminated stops answering). Then,
 * once: every outstanding call and every later one rejects, the worker is terminated, and
 * `onFailure` hears what happened in plain words ('out of memory while reading files').
 */
export function superviseWorker(
  worker: SupervisedWorker,
  onFailure: (what: string) => void,
  watchdog: Watchdog = WATCHDOG,
): MetricscopeClient {
  const outstanding = new Map<number, string>();
  let calls = 0;
  let lastSign = Date.now();
  let pinging = false;
  let failed = false;
  let reject: (error: Error) => void = () => {};
  const failure = new Promise<never>((_, r) => (reject = r));
  // With no call outstanding when the worker fails, nobody else handles this rejection.
  failure.catch(() => {});

  const fail = (cause: string) => {
    if (failed) return;
    failed = true;
    clearInterval(timer);
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onMessageError);
    worker.terminate();
    const doing = outstanding.values().next();
    const what = doing.done ? cause : `${cause} while ${doing.value}`;
    reject(new Error(`The analysis worker stopped (${what}).`));
    onFailure(what);
  };
  const onError = (event: Event) => {
    // Handled here: not also reported as an uncaught error of the page.
    event.preventDefault();
    fail(errorCause(event));
  };
  const onMessageError = () => fail('a message from it could not be read');
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onMessageError);

  const client = createClient(worker, {
    track(method, args, answer) {
      const call = ++calls;
      if (outstanding.size === 0) lastSign = Date.now();
      if (method !== 'ping') outstanding.set(call, activity(method, args));
      return Promise.race([answer, failure]).finally(() => {
        outstanding.delete(call);
        lastSign = Date.now();
      });
    },
    alive() {
      lastSign = Date.now();
    },
  });

  const check = () => {
    if (outstanding.size === 0) return;
    const quiet = Date.now() - lastSign;
    if (quiet >= watchdog.hangMs) fail('it stopped answering');
    else if (quiet >= watchdog.quietMs && !pinging) {
      pinging = true;
      client.api.ping().then(
        () => (pinging = false),
        () => (pinging = false),
      );
    }
  };
  const timer = setInterval(check, Math.min(watchdog.quietMs, watchdog.hangMs / 2));
  return client;
}
