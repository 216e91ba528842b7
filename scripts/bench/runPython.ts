import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Python, never a virtualenv's: the comparison is against the distribution's packages. */
export const PYTHON = '/usr/bin/python3';

export type PythonRun<T> = { ok: true; output: T } | { ok: false; reason: string };

/**
 * Why `module` cannot be used from {@link PYTHON} (Python missing, or the import fails), or null
 * when it can. Lets a caller skip preparing input for a script that would not run.
 */
export function pythonMissing(module: string): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const probe = spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' });
  return probe.status === 0 ? null : `${module} is not importable by ${PYTHON}`;
}

/**
 * Runs `script args...` with {@link PYTHON} after checking that `module` imports, and parses the
 * JSON object the script prints on stdout (its stderr goes to ours). Returns { ok: false, reason }
 * instead of throwing when Python or the module is missing or the script fails, so a benchmark can
 * still print its own columns.
 * @example runPython('bench_pandas.py', ['/tmp/x.csv'], 'pandas') // { ok: true, output: {...} }
 */
export function runPython<T>(script: string, args: string[], module: string): PythonRun<T> {
  const missing = pythonMissing(module);
  if (missing !== null) return { ok: false, reason: missing };
  const run = spawnSync(PYTHON, [script, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0)
    return { ok: false, reason: `${script} exited with ${run.status ?? run.signal}` };
  return { ok: true, output: JSON.parse(run.stdout) as T };
}
