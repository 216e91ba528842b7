import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { singleFileOnDemand } from './scripts/singleFileOnDemand.ts';
import { connectOrigins, cspPlugin } from './scripts/csp.ts';

/**
 * Relative base so that `dist/` works when served from any sub-path. The built page carries its
 * Content-Security-Policy in a <meta> (scripts/csp.ts says what it allows and why);
 * METRICSCOPE_CONNECT_SRC adds origins to its connect-src.
 */
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Save dashboard's template under `npm start` (the build ships dist/metricscope.html).
    singleFileOnDemand(fileURLToPath(new URL('./vite.single.config.ts', import.meta.url))),
    cspPlugin({ single: false, extraConnect: connectOrigins(process.env.METRICSCOPE_CONNECT_SRC) }),
  ],
  worker: { format: 'es' },
  // ECharts is most of the page's 870 KB (286 KB gzipped); it is needed for the first paint, so
  // splitting it off would only add a request.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1000 },
});
