import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectOrigins } from '../../scripts/csp';
import { DRAW_TIMEOUT_MS, isOwnUrl, serverRequests, waitForDashboard } from './dashboard';
import { dropFiles, generatedCsv } from './dropFiles';
import { launchChromium, type ChromiumSession } from './launchChromium';

const { rootUrl, singleFileUrl } = inject('e2e');
const root = fileURLToPath(new URL('../../', import.meta.url));

declare global {
  interface Window {
    /** Every Content-Security-Policy violation the document reported, as "directive: what". */
    __csp?: string[];
  }
}

/** The directives of the page's <meta http-equiv="Content-Security-Policy">, and where it is. */
function policyOf(html: string): { at: number; directives: Map<string, string[]> } {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  expect(metas, 'one Content-Security-Policy <meta>').toHaveLength(1);
  const directives = new Map<string, string[]>();
  for (const part of metas[0][1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    directives.set(name, sources);
  }
  return { at: metas[0].index, directives };
}

/** The SHA-256 hash source of each inline script that runs (no src, no data-block type). */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes, text]) => !/\ssrc=/.test(` ${attributes}`) && text !== '')
    .filter(([, attributes]) => /^(\s|crossorigin|type="module")*$/.test(attributes))
    .map(([, , text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
}

/** Starts recording the document's CSP violations before any of its scripts runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__csp = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push(
          `${event.effectiveDirective}: ${event.blockedURI || 'inline'} ` +
            `(${event.sourceFile}:${event.lineNumber})`,
        ),
      true,
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__csp ?? ['not recording']);

/** Points at the middle of every chart, so that each shows its tooltip (ECharts' HTML). */
async function hoverEveryChart(page: Page): Promise<void> {
  for (const chart of await page.locator('[data-chart][data-drawn="true"]').all()) {
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2);
  }
}

describe('Content-Security-Policy', () => {
  const dist = () => readFileSync(`${root}dist/index.html`, 'utf8');
  const single = () => readFileSync(`${root}dist-single/metricscope.html`, 'utf8');
  const connect = ["'self'", ...connectOrigins(process.env.METRICSCOPE_CONNECT_SRC)];

  it('dist/index.html: scripts, workers and styles from its own origin only, no eval, connections to it only', () => {
    const html = dist();
    const { at, directives } = policyOf(html);
    expect(at).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(connect);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>[^<]/);
  });

  it('the single file: each inline script by its hash, the worker from blob:, no eval', () => {
    const html = single();
    const { at, directives } = policyOf(html);
    expect(at).toBeLessThan(html.search(/<script|<style/));
    const hashes = inlineScriptHashes(html);
    expect(hashes.length).toBeGreaterThan(0);
    expect(directives.get('script-src')).toEqual([...hashes, "'wasm-unsafe-eval'"]);
    expect(directives.get('worker-src')).toEqual(['blob:']);
    expect(directives.get('style-src')).toHaveLength(1);
    expect(directives.get('style-src')![0]).toMatch(/^'sha256-[\w+/]+=*'$/);
    expect(directives.get('connect-src')).toEqual(connect);
    for (const sources of directives.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain('*');
    }
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  describe.each([
    ['the production build', () => rootUrl, 'opaque'],
    ['the single file from file://', () => singleFileUrl, 'TypeError'],
  ])('%s in Chromium', (_, url, workerFetch) => {
    let session: ChromiumSession;
    let page: Page;
    /** Another origin that answers anything (only CSP can stop a no-cors request to it). */
    let other: Server;
    let otherUrl: string;

    beforeAll(async () => {
      other = createServer((_request, response) => response.writeHead(204).end());
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
      session = await launchChromium();
      page = session.page;
      await recordViolations(page);
      await page.goto(url());
      await waitForDashboard(page);
    });

    afterAll(async () => {
      await session?.close();
      other?.close();
    });

    it('draws every panel and shows every chart’s tooltip with no CSP violation and no error', async () => {
      const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
      expect(await meta.getAttribute('content')).toMatch(/^default-src 'self'; script-src /);
      await hoverEveryChart(page);
      await page.getByRole('button', { name: 'Paste CSV', exact: true }).click();
      await page.keyboard.press('Escape');
      expect(await violations(page)).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });

    it('is in force: an injected inline script, a string eval and a fetch from the page to another origin are refused and reported', async () => {
      // From the page's side (code run through DevTools itself is exempt from the policy).
      const ran = await page.evaluate(async (elsewhere) => {
        const flags = window as unknown as Record<string, unknown>;
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        setTimeout('window.__evalRan = true');
        const fetched = await fetch(elsewhere, { mode: 'no-cors' }).then(
          (response) => response.type,
          (error: Error) => error.name,
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { inline: flags.__inlineRan ?? false, evaluated: flags.__evalRan ?? false, fetched };
      }, otherUrl);
      expect(ran).toEqual({ inline: false, evaluated: false, fetched: 'TypeError' });
      expect(await violations(page)).toEqual([
        expect.stringMatching(/^script-src-elem: inline /),
        expect.stringMatching(/^script-src: eval /),
        expect.stringMatching(`^connect-src: ${otherUrl.replace(/[.]/g, '\\.')} `),
      ]);
    });

    it(`the worker compiles the kernel's WebAssembly; its fetch elsewhere: ${workerFetch}`, async () => {
      const [worker] = page.workers();
      const outcome = await worker.evaluate(async (elsewhere) => {
        let wasm = 'compiled';
        try {
          new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
        } catch (error) {
          wasm = (error as Error).name;
        }
        const fetched = await fetch(elsewhere, { mode: 'no-cors' }).then(
          (response) => response.type,
          (error: Error) => error.name,
        );
        return { wasm, fetched };
      }, otherUrl);
      // dist/'s worker is loaded from its own URL, so a <meta> policy does not reach it (the
      // Prometheus request is its): see scripts/csp.ts. The single file's blob: worker inherits
      // the page's policy.
      expect(outcome).toEqual({ wasm: 'compiled', fetched: workerFetch });
    });
  });
});

/** Moves a range input with the keyboard: one step right, then to its end. */
async function moveByKeys(slider: Locator): Promise<void> {
  const read = () =>
    slider.evaluate((input: HTMLInputElement) => ({
      value: Number(input.value),
      max: Number(input.max),
      name: input.labels?.[0]?.textContent ?? input.getAttribute('aria-label') ?? '?',
    }));
  const before = await read();
  await slider.focus();
  await slider.press('ArrowRight');
  const stepped = await read();
  if (before.value < before.max) {
    expect(stepped.value, `${before.name}: ArrowRight`).toBeGreaterThan(before.value);
  }
  await slider.press('End');
  expect((await read()).value, `${before.name}: End`).toBe(before.max);
}

/** Moves every slider on the page by the keyboard, letting the dashboard redraw after each. */
async function moveEverySlider(page: Page): Promise<number> {
  const sliders = page.locator('input[type="range"]:visible');
  const count = await sliders.count();
  for (let i = 0; i < count; i++) {
    await moveByKeys(sliders.nth(i));
    await waitForDashboard(page);
  }
  return count;
}

describe('nothing leaves for another origin', () => {
  let session: ChromiumSession;
  afterEach(() => session?.close());

  it('opening the app, simulating, dropping a file and moving every slider asks only its own server', async () => {
    session = await launchChromium();
    const { page } = session;
    await page.goto(rootUrl);
    await waitForDashboard(page);

    // The recorder (the context's 'request' events) sees the worker's requests too.
    const probe = `/worker-probe-${Date.now()}.txt`;
    const [worker] = page.workers();
    await worker.evaluate((path) => fetch(path).then(() => undefined), probe);
    expect(session.requests).toContain(new URL(probe, rootUrl).href);
    expect(serverRequests().map((r) => r.path)).toContain(probe);

    await page.getByLabel('Seed', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Regenerate', exact: true }).click();
    await expect.poll(() => page.locator('.source').textContent()).toMatch(/seed 7/);
    await waitForDashboard(page);
    const onDemo = await moveEverySlider(page);

    await dropFiles(page, [{ name: 'generated.csv', text: generatedCsv(3000) }]);
    await expect
      .poll(() => page.locator('.source').textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toBe('generated.csv · 3,000 rows · 2 series');
    await waitForDashboard(page);
    const onFile = await moveEverySlider(page);

    const own = session.requests.filter((url) => isOwnUrl(url, rootUrl));
    console.info(
      `[trust] ${session.requests.length} requests (${own.length} to the app's own origin), ` +
        `${onDemo} sliders moved on the demo and ${onFile} on the dropped file`,
    );
    expect(onDemo).toBeGreaterThan(10);
    expect(onFile).toBeGreaterThan(3);
    expect(session.requests.filter((url) => !isOwnUrl(url, rootUrl))).toEqual([]);
    expect(session.failedRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the whole page and returns its serious and critical violations, readable. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<unknown> } }).axe;
    const result = (await axe.run(document)) as { violations: AxeViolation[] };
    return result.violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.impact} ${v.id} (${v.help}) at ` +
        v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(' | '),
    );
}

describe('accessibility', () => {
  let session: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    // axe is injected as an inline script, which the page's policy refuses, as it should.
    session = await launchChromium({ bypassCSP: true });
    page = session.page;
    await page.goto(rootUrl);
    await waitForDashboard(page);
    await page.addScriptTag({
      content: readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8'),
    });
  });

  afterAll(() => session?.close());

  it.each(['light', 'dark'] as const)(
    'axe finds nothing serious or critical in the %s scheme: the demo, a file report, each dialog',
    async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      const found = await seriousViolations(page, 'demo');

      await dropFiles(page, [{ name: `${colorScheme}.csv`, text: generatedCsv(500) }]);
      await page.getByRole('region', { name: 'File report', exact: true }).waitFor();
      await waitForDashboard(page);
      found.push(...(await seriousViolations(page, 'file report')));

      for (const name of ['Paste CSV', 'Connect to Prometheus']) {
        await page.getByRole('button', { name, exact: true }).click();
        await page.getByRole('dialog', { name }).waitFor();
        found.push(...(await seriousViolations(page, `${name} dialog`)));
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name }).waitFor({ state: 'detached' });
      }
      expect(found).toEqual([]);
    },
  );

  it('Tab reaches every control, and each shows a focus ring', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.mouse.click(1, 1);
    const controls = await page.evaluate(() => {
      const selector =
        'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), ' +
        'select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';
      const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (element) => element.checkVisibility() && !element.closest('[inert], dialog:not([open])'),
      );
      shown.forEach((element, i) => (element.dataset.trustControl = String(i)));
      return shown.map(
        (element) =>
          `${element.tagName.toLowerCase()} ${element.ariaLabel ?? element.textContent?.trim().slice(0, 40) ?? ''}`,
      );
    });
    const reached = new Map<string, boolean>();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { id: element.dataset.trustControl ?? '?', ring };
      });
      if (focused) reached.set(focused.id, focused.ring);
    }
    const missed = controls.filter((_, i) => !reached.has(String(i)));
    expect(missed, 'controls Tab never reached').toEqual([]);
    const ringless = controls.filter((_, i) => reached.get(String(i)) === false);
    expect(ringless, 'controls focused without a visible ring').toEqual([]);
  });
});
