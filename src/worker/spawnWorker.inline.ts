import InlineWorker from './metricscope.worker.ts?worker&inline';

/**
 * Starts the analysis worker from source inlined in the page (the single-file build, which
 * `vite.single.config.ts` points `./spawnWorker` at). Built with `worker.format: 'iife'`, Vite
 * starts it as a classic worker from a blob: URL, which Chromium allows under file:// where a
 * module worker from a blob: URL is refused.
 */
export function spawnWorker(): Worker {
  return new InlineWorker({ name: 'metricscope' });
}
