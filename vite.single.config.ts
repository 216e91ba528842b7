import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { CSP_PLUGIN, connectOrigins, cspPlugin } from './scripts/csp.ts';
import base from './vite.config.ts';

/**
 * `npm run build:single`: one self-contained `dist-single/metricscope.html` that works when opened
 * from disk (file://). Scripts, styles and assets are inlined by vite-plugin-singlefile; the worker
 * is inlined too, as a classic (`iife`) worker, because Chromium refuses a module worker from a
 * blob: URL in a file:// page. Only two modules differ from the normal build: spawnWorker (imported
 * as `./spawnWorker` in src/worker, `./worker/spawnWorker` by main.tsx) and loadDashboard (the
 * dashboard is in the one file, not a chunk to fetch); public/ is not copied (its favicon is
 * inlined).
 */
/** The favicon of public/ as a data: URL inside the page: the single file has no neighbours. */
function inlineFavicon(): Plugin {
  const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');
  return {
    name: 'metricscope-inline-favicon',
    transformIndexHtml: (html) =>
      html.replace(
        'href="favicon.svg"',
        `href="data:image/svg+xml,${encodeURIComponent(svg.trim())}"`,
      ),
  };
}

export default mergeConfig(
  // The page's policy is the single file's (inline code by hash), written after inlining.
  { ...base, plugins: base.plugins?.filter((p) => !(p && 'name' in p && p.name === CSP_PLUGIN)) },
  defineConfig({
    plugins: [
      inlineFavicon(),
      viteSingleFile({ outputFileName: 'metricscope.html' }),
      cspPlugin({
        single: true,
        extraConnect: connectOrigins(process.env.METRICSCOPE_CONNECT_SRC),
      }),
    ],
    publicDir: false,
    resolve: {
      alias: [
        {
          find: /^\.{1,2}\/(?:worker\/)?spawnWorker$/,
          replacement: fileURLToPath(
            new URL('./src/worker/spawnWorker.inline.ts', import.meta.url),
          ),
        },
        {
          find: /^\.\/components\/shell\/loadDashboard$/,
          replacement: fileURLToPath(
            new URL('./src/components/shell/loadDashboard.inline.ts', import.meta.url),
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
