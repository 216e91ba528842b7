/**
 * Starts the analysis worker as a module worker loaded from its own chunk. Vite rewrites the URL
 * to `new URL('assets/metricscope.worker-<hash>.js', import.meta.url)`, so the chunk is found next
 * to the page's script from any sub-path. `vite.single.config.ts` swaps this module for
 * `spawnWorker.inline.ts`.
 */
export function spawnWorker(): Worker {
  return new Worker(new URL('./metricscope.worker.ts', import.meta.url), {
    type: 'module',
    name: 'metricscope',
  });
}
