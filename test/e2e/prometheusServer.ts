import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROMETHEUS_PATH = '/usr/bin/prometheus';
export const PROMTOOL_PATH = '/usr/bin/promtool';

/** A Prometheus serving backfilled data on loopback, and how to stop it. */
export interface PrometheusServer {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  readonly pid: number;
  /** Stops it by its PID (SIGTERM, then waits for it to exit) and removes its data. */
  stop(): Promise<void>;
}

/**
 * Throws, saying how to install them, when Debian's prometheus or promtool is missing: the live
 * source's whole-app test must fail then, never skip.
 */
export function requirePrometheus(): void {
  for (const path of [PROMETHEUS_PATH, PROMTOOL_PATH]) {
    try {
      accessSync(path, constants.X_OK);
    } catch {
      throw new Error(
        `The Prometheus test needs Debian's Prometheus (${path} is missing).\n` +
          'Install it with: sudo apt-get update && sudo apt-get install -y prometheus',
      );
    }
  }
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/** Polls `/-/ready` until Prometheus has loaded its blocks, failing with its log if it exits. */
async function waitReady(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prometheus exited early:\n${log()}`);
    try {
      if ((await fetch(`${baseUrl}/-/ready`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`prometheus was not ready within 60 s:\n${log()}`);
}

/**
 * Backfills `openMetrics` (an OpenMetrics text ending in `# EOF`, timestamps in seconds) with
 * `promtool tsdb create-blocks-from openmetrics` into a fresh temporary directory and starts
 * Prometheus on it, on 127.0.0.1 only, with no scrape targets and a 30-day retention (so that
 * backfilled blocks of the last days are kept), once `/-/ready` answers.
 */
export async function startPrometheus(openMetrics: string): Promise<PrometheusServer> {
  requirePrometheus();
  const dir = mkdtempSync(join(tmpdir(), 'metricscope-prometheus-'));
  const data = join(dir, 'data');
  const input = join(dir, 'backfill.om');
  const config = join(dir, 'prometheus.yml');
  writeFileSync(input, openMetrics);
  writeFileSync(config, 'global:\n  scrape_interval: 1m\nscrape_configs: []\n');
  const backfill = spawnSync(
    PROMTOOL_PATH,
    ['tsdb', 'create-blocks-from', 'openmetrics', input, data],
    { encoding: 'utf8' },
  );
  if (backfill.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`promtool backfill failed:\n${backfill.stdout}\n${backfill.stderr}`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(
    PROMETHEUS_PATH,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=30d',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, stop };
}
