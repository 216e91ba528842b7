import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { chartInk, drawnChart, isOwnUrl, serverRequests, waitForDashboard } from './dashboard';
import { SUB_PATH } from './globalSetup';
import { launchChromium, type ChromiumSession } from './launchChromium';

const { subPathUrl, singleFileUrl } = inject('e2e');

describe('the build served under a sub-path', () => {
  let session: ChromiumSession | undefined;
  afterEach(() => session?.close());

  it(`draws every panel under ${SUB_PATH}, loading page, scripts and worker from there`, async () => {
    session = await launchChromium();
    const seen = serverRequests().length;
    await session.page.goto(subPathUrl);
    await waitForDashboard(session.page);
    for (const chart of await session.page.locator('[data-chart]').all()) {
      expect((await chartInk(chart)).inked).toBeGreaterThan(0.005);
    }

    const appRequests = serverRequests().slice(seen);
    expect(appRequests.filter((r) => !r.path.startsWith(SUB_PATH))).toEqual([]);
    expect(appRequests.filter((r) => r.status !== 200)).toEqual([]);
    expect(appRequests.map((r) => r.path)).toContainEqual(
      expect.stringMatching(/^\/tools\/metricscope\/assets\/metricscope\.worker-[\w-]+\.js$/),
    );
    expect(session.page.workers().map((w) => new URL(w.url()).pathname)).toContainEqual(
      expect.stringMatching(/^\/tools\/metricscope\/assets\/metricscope\.worker-/),
    );
    expect(session.requests.filter((url) => !isOwnUrl(url, subPathUrl))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('the single-file build', () => {
  let session: ChromiumSession | undefined;
  afterEach(() => session?.close());

  it('is one HTML file that loads no script, style or worker from elsewhere', () => {
    const file = fileURLToPath(singleFileUrl);
    expect(readdirSync(fileURLToPath(new URL('.', singleFileUrl)))).toEqual(['metricscope.html']);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    // Only inline data may be linked (the empty data: favicon).
    expect(html).not.toMatch(/<link[^>]*\shref="(?!data:)/);
    expect(html).not.toMatch(/new URL\([^)]*import\.meta\.url/);
    // The worker is inlined as a classic worker (a module worker from a blob: URL fails under file://).
    expect(html).toContain('revokeObjectURL(self.location.href)');
  });

  it('opened from disk via file://, draws the demo with its inlined worker', async () => {
    session = await launchChromium();
    await session.page.goto(singleFileUrl);
    for (const name of ['Overview', 'Server farm'] as const) {
      const ink = await chartInk(await drawnChart(session.page, name));
      expect(ink.inked, name).toBeGreaterThan(0.005);
    }
    expect(session.page.workers().map((w) => new URL(w.url()).protocol)).toEqual(['blob:']);
    expect(session.requests.filter((url) => !isOwnUrl(url, singleFileUrl))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
