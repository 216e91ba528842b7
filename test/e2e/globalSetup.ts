import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './staticServer';

/** The sub-path the build is served under as well as `/`, as a tools host would. */
export const SUB_PATH = '/tools/metricscope/';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: {
      /** The production build (`dist/`) served at the root: `http://127.0.0.1:<port>/`. */
      rootUrl: string;
      /** The same `dist/` under {@link SUB_PATH}. */
      subPathUrl: string;
      /** `file://` URL of the single-file build, `dist-single/metricscope.html`. */
      singleFileUrl: string;
      /** JSON-lines file the static server appends every request to (see `serverRequests`). */
      requestLog: string;
      /** Where tests save screenshots (gitignored). */
      artifacts: string;
    };
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/** Runs `vite build` with a config as a child process, in production mode, and fails loudly. */
export function viteBuild(config: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', config, '--logLevel', 'warn'],
      {
        cwd: root,
        // Vitest sets NODE_ENV=test, which would give React's development build.
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`vite build --config ${config} exited with ${code}`)),
    );
  });
}

/**
 * Builds the two production variants exactly as `npm run build` and `npm run build:single` do
 * (type checking is `npm test`'s first step; `npm run build` also writes the single file into
 * dist/, for Save dashboard: here it is copied there, the same file), serves `dist/` on 127.0.0.1
 * at `/` and at {@link SUB_PATH}, and provides the URLs to the tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await viteBuild('vite.config.ts');
  await viteBuild('vite.single.config.ts');
  const singleFile = `${root}dist-single/metricscope.html`;
  if (!existsSync(singleFile)) throw new Error(`The single-file build did not write ${singleFile}`);
  copyFileSync(singleFile, `${root}dist/metricscope.html`);

  const artifacts = `${root}test-artifacts`;
  mkdirSync(artifacts, { recursive: true });
  const requestLog = `${artifacts}/e2e-requests.jsonl`;
  writeFileSync(requestLog, '');

  const server = await startStaticServer(`${root}dist`, ['/', SUB_PATH], (request) =>
    appendFileSync(requestLog, `${JSON.stringify(request)}\n`),
  );
  project.provide('e2e', {
    rootUrl: `${server.origin}/`,
    subPathUrl: `${server.origin}${SUB_PATH}`,
    singleFileUrl: pathToFileURL(singleFile).href,
    requestLog,
    artifacts,
  });
  return () => server.close();
}
