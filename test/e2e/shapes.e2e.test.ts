import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DRAW_TIMEOUT_MS,
  PANEL_NAMES,
  expectNeeds,
  needsOf,
  panel,
  statValue,
  waitForDashboard,
} from './dashboard';
import { launchChromium, type ChromiumSession } from './launchChromium';

const { rootUrl } = inject('e2e');

/** 2024-06-01T00:00:00Z in seconds: every generated file starts here. */
const START_S = 1_717_200_000;

/** A file for the page's file input. */
interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const upload = (name: string, text: string, mimeType = 'text/csv'): Upload => ({
  name,
  mimeType,
  buffer: Buffer.from(text),
});

/** A Prometheus query_range response for node_load1 on three instances, 15 s apart (API docs). */
function loadResponse(): Upload {
  const result = ['node-a:9100', 'node-b:9100', 'node-c:9100'].map((instance, i) => ({
    metric: { __name__: 'node_load1', instance, job: 'node' },
    values: Array.from({ length: 120 }, (_, k) => [
      START_S + 15 * k,
      (0.5 + i * 0.8 + 0.2 * Math.sin(k / 9)).toFixed(3),
    ]),
  }));
  const body = { status: 'success', data: { resultType: 'matrix', result } };
  return upload('load1.json', JSON.stringify(body), 'application/json');
}

/** A long CSV of memory then cpu (that order) on five database hosts; db-4 runs hot. */
function twoMetricCsv(): Upload {
  const rows = ['timestamp,host,metric,value'];
  for (let k = 0; k < 90; k++) {
    for (let h = 0; h < 5; h++) {
      const t = START_S + 60 * k;
      rows.push(`${t},db-${h},memory,${(40 + 4 * h + (k % 5)).toFixed(1)}`);
      rows.push(`${t},db-${h},cpu,${(h === 4 ? 90 : 20 + 5 * h) + (k % 3)}`);
    }
  }
  return upload('two-metrics.csv', rows.join('\n'));
}

/** A wide CSV of 50 series named col_00..col_49, per minute. */
function wideCsv(): Upload {
  const names = Array.from({ length: 50 }, (_, j) => `col_${String(j).padStart(2, '0')}`);
  const rows = [`timestamp,${names.join(',')}`];
  for (let k = 0; k < 200; k++) {
    rows.push(
      `${START_S + 60 * k},${names.map((_, j) => (j + Math.sin(k / 7 + j)).toFixed(3)).join(',')}`,
    );
  }
  return upload('fifty.csv', rows.join('\n'));
}

/** Two files whose time ranges overlap only in part: latency 0-99 min, queue depth 50-199 min. */
function twoRanges(): Upload[] {
  const a = ['timestamp,checkout_latency_ms'];
  for (let k = 0; k < 100; k++) a.push(`${START_S + 60 * k},${100 + (k % 10) * 5}`);
  const b = ['timestamp,queue_depth'];
  for (let k = 50; k < 200; k++) b.push(`${START_S + 60 * k},${k % 10}`);
  return [upload('latency.csv', a.join('\n')), upload('queue.csv', b.join('\n'))];
}

/** One series alone. */
function singleSeries(): Upload {
  const rows = ['timestamp,boiler_temperature'];
  for (let k = 0; k < 300; k++)
    rows.push(`${START_S + 300 * k},${(60 + Math.sin(k / 12)).toFixed(2)}`);
  return upload('boiler.csv', rows.join('\n'));
}

/**
 * Counters per host, as node_exporter and an HTTP server expose them: bytes received 1 MB/s x
 * (host + 1) and sent 3 MB/s x (host + 1), so 40 MB/s in all (320 Mbps); requests 50/s on every
 * host but gw-2, which serves 300/s. gw-1's request counter resets halfway (a restart).
 */
function countersCsv(): Upload {
  const rows = ['timestamp,host,metric,value'];
  const total = new Map<string, number>();
  for (let k = 0; k < 60; k++) {
    for (let h = 0; h < 4; h++) {
      const rates: [string, number][] = [
        ['node_network_receive_bytes_total', 1e6 * (h + 1)],
        ['node_network_transmit_bytes_total', 3e6 * (h + 1)],
        ['http_requests_total', h === 2 ? 300 : 50],
      ];
      for (const [metric, rate] of rates) {
        const key = `${h}/${metric}`;
        const reset = k === 30 && h === 1 && metric === 'http_requests_total';
        const value = k === 0 || reset ? 0 : (total.get(key) ?? 0) + rate * 60;
        total.set(key, value);
        rows.push(`${START_S + 60 * k},gw-${h},${metric},${value}`);
      }
    }
  }
  return upload('counters.csv', rows.join('\n'));
}

/** Everything a person or a screen reader can read on the page: text and accessible labels. */
async function pageWords(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  const labels = await page.$$eval('[aria-label]', (els) =>
    els.map((e) => e.getAttribute('aria-label')),
  );
  const options = await page.$$eval('option', (els) => els.map((e) => e.textContent));
  return [text, ...labels, ...options].join('\n');
}

describe('every panel on data shaped unlike the demo, dropped one after another', () => {
  let session: ChromiumSession;
  let page: Page;
  /** Names only the data set shown before had: none may appear once the next is shown. */
  let previous: string[] = ['web-01', 'storage used (GB)'];

  const open = async (files: Upload[], header: RegExp) => {
    await page.locator('input[type="file"]').setInputFiles(files);
    await expect
      .poll(() => page.locator('.source').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toMatch(header);
    await waitForDashboard(page);
  };

  /** No panel shows an error, and no name of the data set shown before is left on the page. */
  const expectClean = async (names: string[]) => {
    expect(await page.locator('.panel-error').allTextContents()).toEqual([]);
    const words = await pageWords(page);
    for (const name of previous)
      expect(words, `"${name}" from the data shown before`).not.toContain(name);
    previous = names;
  };

  beforeAll(async () => {
    session = await launchChromium({ viewport: { width: 1280, height: 900 } });
    page = session.page;
    await page.goto(rootUrl);
    await waitForDashboard(page);
  });

  afterAll(() => session?.close());

  it('a one-metric Prometheus response over three instances: every instance in the Overview and the farm', async () => {
    await open([loadResponse()], /^load1\.json/);
    const overview = panel(page, 'Overview');
    const legend = overview.getByRole('table', { name: 'Series drawn' });
    expect(await legend.getByRole('rowheader').allTextContents()).toEqual([
      'node-c:9100',
      'node-b:9100',
      'node-a:9100',
    ]);
    // Not the seed's 80 % CPU line on a load average that peaks near 2.3.
    expect(
      Number(await overview.getByRole('slider', { name: 'High-load line' }).inputValue()),
    ).toBeLessThan(3);
    const farm = panel(page, 'Server farm');
    expect(await statValue(farm, 'Servers').textContent()).toBe('3');
    expect(await needsOf(page, 'SLA & Apdex')).toMatch(/needs a latency series/);
    await expectClean(['node-a:9100', 'node_load1']);
  });

  it('a long CSV with memory before cpu: High CPU flags the hot host by the metric’s name', async () => {
    await open([twoMetricCsv()], /^two-metrics\.csv/);
    const farm = panel(page, 'Server farm');
    expect(await statValue(farm, 'Servers').textContent()).toBe('5');
    expect(await statValue(farm, 'High CPU').textContent()).toMatch(/^1 over/);
    const table = farm.getByRole('table', { name: 'Most loaded servers' });
    expect(await table.getByRole('rowheader').first().textContent()).toMatch(/^db-4/);
    await expectClean(['db-0', 'db-4']);
  });

  it('a wide CSV of 50 series: every series can be picked, one is drawn', async () => {
    await open([wideCsv()], /^fifty\.csv/);
    const anomalies = panel(page, 'Anomalies');
    const picker = anomalies.getByRole('combobox', { name: 'Series' });
    // A picker lists 20 matches at a time (MAX_LISTED).
    expect(await picker.locator('option').count()).toBe(20);
    // The rest are found by the filter.
    await anomalies.getByRole('searchbox', { name: 'Filter series' }).fill('col_49');
    await expect
      .poll(() => picker.locator('option').allTextContents())
      .toContainEqual(expect.stringMatching(/^col_49 /));
    expect(await needsOf(page, 'Server farm')).toMatch(/two or more hosts/);
    await expectClean(['col_00', 'col_49']);
  });

  it('two files with different time ranges: correlated on the minutes both cover, not by position', async () => {
    await open(twoRanges(), /^latency\.csv \+ 1 more/);
    const trends = panel(page, 'Trends & correlation');
    expect(await trends.locator('.panel-note').first().textContent()).toBe(
      'Correlation over 50 timestamps all series share (exact join).',
    );
    // A latency in ms: SLA & Apdex applies.
    expect(await needsOf(page, 'SLA & Apdex')).toBeNull();
    await expectClean(['checkout_latency_ms', 'queue_depth']);
  });

  it('a single series: the panels that need more say so; correlation needs two series', async () => {
    await open([singleSeries()], /^boiler\.csv/);
    const trends = panel(page, 'Trends & correlation');
    expect(await trends.locator('.panel-note').first().textContent()).toBe(
      'Correlation needs at least two series.',
    );
    await expectNeeds(page, ['Server farm', 'Network traffic', 'Load balancer', 'Data centres']);
    await expectClean(['boiler_temperature']);
  });

  it('network and request counters per host feed the traffic and load-balancer panels', async () => {
    await open([countersCsv()], /^counters\.csv/);
    const traffic = panel(page, 'Network traffic');
    expect(await needsOf(page, 'Network traffic')).toBeNull();
    expect(await statValue(traffic, 'p50').textContent()).toBe('320 Mbit/s');
    const balancer = panel(page, 'Load balancer');
    expect(await needsOf(page, 'Load balancer')).toBeNull();
    expect(await balancer.textContent()).toMatch(/Overloaded[^]*gw-2/);
    expect(await balancer.textContent()).toContain('http_requests_total');
    // Counters are drawn and compared as their rates, not as counts since start.
    const overviewPick = panel(page, 'Overview').getByRole('combobox', { name: 'Series' });
    expect(await overviewPick.locator('option:checked').textContent()).toMatch(
      /^rate\(node_network_receive_bytes_total\) by host: 4 series$/,
    );
    const farmMetrics = panel(page, 'Server farm').getByRole('combobox', { name: 'Metric' });
    expect(await farmMetrics.locator('option').allTextContents()).toEqual([
      'rate(node_network_receive_bytes_total) (B/s)',
      'rate(node_network_transmit_bytes_total) (B/s)',
      'rate(http_requests_total) (/s)',
    ]);
    await expectClean(['gw-0', 'http_requests_total']);
  });

  it('Regenerate brings the demo back, with nothing of the files left', async () => {
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await expect
      .poll(() => page.locator('.source').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toMatch(/^Simulated demo/);
    await waitForDashboard(page);
    for (const name of PANEL_NAMES) expect(await needsOf(page, name), name).toBeNull();
    await expectClean(['web-01']);
  });

  it('logs no console error and throws no page error', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
