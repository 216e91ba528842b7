import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

/**
 * `npm run build:single`: one self-contained `dist-single/metricscope.html` that works when opened
 * from disk (file://). Scripts, styles and assets are inlined by vite-plugin-singlefile; the worker
 * is inlined too, as a classic (`iife`) worker, because Chromium refuses a module worker from a
 * blob: URL in a file:// page. Only `./spawnWorker` differs from the normal build.
 */
export default mergeConfig(
  base,
  defineConfig({
    plugins: [viteSingleFile({ outputFileName: 'metricscope.html' })],
    resolve: {
      alias: [
        {
          find: /^\.\/spawnWorker$/,
          replacement: fileURLToPath(
            new URL('./src/worker/spawnWorker.inline.ts', import.meta.url),
          ),
        },
      ],
    },
    worker: { format: 'iife' },
    build: {
      outDir: 'dist-single',
      sourcemap: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
    },
  }),
);
