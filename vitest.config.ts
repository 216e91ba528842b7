import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

/**
 * Three projects: `unit` runs pure code and components in Node/jsdom; `browser` runs what needs a
 * real module Worker or canvas in Debian's headless Chromium (never a downloaded browser); `e2e`
 * builds the app, serves it on 127.0.0.1 and drives the whole dashboard in that Chromium.
 */
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  // Pre-bundled up front so browser-mode runs never pause to optimise a dependency mid-run.
  optimizeDeps: {
    include: [
      'papaparse',
      'comlink',
      'zustand',
      '@stdlib/math-base-special-gammainc',
      '@stdlib/stats-base-dists-t-cdf',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/e2e/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Not `extends`: the whole app is the production build in Chromium driven from Node.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
