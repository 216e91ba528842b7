import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeLinkText } from '../../src/store/shareLinkCodec';
import { encodeViewLink, parseViewLink, type ShareLink } from '../../src/store/shareLinkSchema';
import { DRAW_TIMEOUT_MS, panel, statValue, waitForDashboard } from './dashboard';
import fixture from '../fixtures/shareLink/v1.json';
import { launchChromium, type ChromiumSession } from './launchChromium';

const { rootUrl, subPathUrl } = inject('e2e');

/** Markup that sets a flag if it is ever run as HTML instead of shown as text. */
const INJECTED = '<img src=x onerror="window.__injected=1">';

/** A demo link for `seed`, all else as the committed version-1 link's. */
function seedLink(seed: number): ShareLink {
  const link = JSON.parse(JSON.stringify(fixture.state)) as ShareLink;
  return {
    ...link,
    source: { kind: 'demo', seed, size: 'small' },
    view: { ...link.view, demo: { seed, size: 'small' } },
  };
}

const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });

/** The sliders and choices this test moves, as the page shows them. */
const CONTROLS = {
  sliders: ['Anomaly threshold (σ)', 'Forecast days', 'SLA target (ms)', 'Imbalance tolerance'],
  detector: (page: Page) => panel(page, 'Anomalies').getByRole('combobox', { name: 'Detector' }),
};

/** What the test compares between the page that copied a link and the page that opened it. */
async function viewShown(page: Page) {
  const sliders: Record<string, string> = {};
  for (const name of CONTROLS.sliders) sliders[name] = await slider(page, name).inputValue();
  const text = async (panelName: Parameters<typeof panel>[1], label: string) =>
    (await statValue(panel(page, panelName), label).textContent())?.trim();
  return {
    source: (await page.locator('.source p').first().textContent())?.split(' · ')[0],
    seed: await page.getByRole('spinbutton', { name: 'Seed' }).inputValue(),
    sliders,
    detector: await CONTROLS.detector(page).inputValue(),
    figures: {
      anomalies: await text('Anomalies', 'Anomalies'),
      compliance: await text('SLA & Apdex', 'Compliance'),
      firstDay: await text('Capacity forecast', 'First day over capacity'),
      balanced: await text('Load balancer', 'Balanced'),
    },
  };
}

/** Clicks Copy link and returns the link: from the clipboard, or the field shown without one. */
async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = page.getByText('Link copied');
  const field = page.getByRole('textbox', { name: 'Copy this link' });
  await copied.or(field).first().waitFor({ timeout: 10_000 });
  if (await field.isVisible()) return field.inputValue();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function chromiumWithClipboard(): Promise<ChromiumSession> {
  const session = await launchChromium({ viewport: { width: 1280, height: 800 } });
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(rootUrl).origin,
  });
  return session;
}

describe('share link, production build', () => {
  let sender: ChromiumSession;
  let receiver: ChromiumSession;

  beforeAll(async () => {
    sender = await chromiumWithClipboard();
    receiver = await chromiumWithClipboard();
  });

  afterAll(async () => {
    await sender?.close();
    await receiver?.close();
  });

  it('a link copied from one browser opens the same seed, sliders and figures in another', async () => {
    const page = sender.page;
    await page.goto(rootUrl);
    await waitForDashboard(page);
    await page.getByRole('spinbutton', { name: 'Seed' }).fill('7');
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await expect
      .poll(() => page.locator('.source p').first().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toContain('seed 7');
    await waitForDashboard(page);
    await CONTROLS.detector(page).selectOption('robust');
    await slider(page, 'Anomaly threshold (σ)').fill('2.4');
    await slider(page, 'Forecast days').fill('120');
    await slider(page, 'SLA target (ms)').fill('350');
    await slider(page, 'Imbalance tolerance').fill('7');
    await waitForDashboard(page);
    const sent = await viewShown(page);
    expect(sent).toMatchObject({
      source: 'Simulated demo (small, seed 7)',
      seed: '7',
      detector: 'robust',
      sliders: {
        'Anomaly threshold (σ)': '2.4',
        'Forecast days': '120',
        'SLA target (ms)': '350',
        'Imbalance tolerance': '7',
      },
    });

    const url = await copyLink(page);
    expect(url.startsWith(`${rootUrl}#v1=`)).toBe(true);
    const parsed = await parseViewLink(url.split('#')[1]);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.source).toEqual({ kind: 'demo', seed: 7, size: 'small' });

    // Theme has no control on this page yet and a zoom is a pointer gesture: set both in the
    // link, as a page with them would have copied it, and check below that the opened page holds
    // them.
    const zoom = { start: Date.UTC(2024, 0, 1, 6), end: Date.UTC(2024, 0, 1, 12) };
    const link: ShareLink = {
      ...parsed.value,
      view: { ...parsed.value.view, theme: 'dark', zoom },
    };
    const opened = receiver.page;
    await opened.goto(`${rootUrl}#${await encodeViewLink(link)}`);
    await expect
      .poll(() => opened.locator('.source p').first().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toContain('seed 7');
    await waitForDashboard(opened);
    await expect.poll(() => viewShown(opened), { timeout: DRAW_TIMEOUT_MS }).toEqual(sent);
    expect(await opened.evaluate(() => localStorage.getItem('metricscope.theme'))).toBe('dark');

    // What the opened page holds, copied again, is the link it opened: zoom and theme included.
    const again = await parseViewLink((await copyLink(opened)).split('#')[1]);
    expect(again).toEqual({ ok: true, value: link });
    expect(sender.pageErrors).toEqual([]);
    expect(receiver.pageErrors).toEqual([]);
  });

  it('a link copied under a sub-path keeps the sub-path and opens there', async () => {
    const page = receiver.page;
    await page.goto(`${subPathUrl}#${await encodeViewLink(seedLink(5))}`);
    await expect
      .poll(() => page.locator('.source p').first().textContent(), { timeout: DRAW_TIMEOUT_MS })
      .toContain('seed 5');
    await waitForDashboard(page);
    const url = await copyLink(page);
    expect(url.startsWith(`${subPathUrl}#v1=`)).toBe(true);
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    [
      'garbage',
      async () => '#v1=not*a*link',
      /^This link could not be read: it is not a Metricscope link\.$/,
    ],
    [
      'a damaged payload',
      async () => '#v1=AAAAAAAA',
      /^This link could not be read: it is damaged/,
    ],
    [
      'a decompression bomb',
      async () => `#${await encodeLinkText({ x: 'a'.repeat(4_000_000) }, 1)}`,
      /^This link could not be read: it unpacks to more than 1,048,576 bytes\.$/,
    ],
    [
      'a value out of range',
      async () => {
        const link = seedLink(42);
        return `#${await encodeLinkText({ ...link, view: { ...link.view, theme: INJECTED } }, 1)}`;
      },
      /^This link could not be read: view\.theme must be one of system, light, dark\.$/,
    ],
    [
      'a newer version',
      async () => '#v9=AAAA',
      /^This link could not be read: it (was made by a newer|is damaged)/,
    ],
  ])('%s: a notice over the normal demo, no crash', async (_, hash, notice) => {
    const page = await sender.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${rootUrl}${await hash()}`);
    const alert = page.getByRole('alert').filter({ hasText: 'This link could not be read' });
    await alert.waitFor({ timeout: DRAW_TIMEOUT_MS });
    expect((await alert.locator('p').textContent())?.trim()).toMatch(notice);
    await waitForDashboard(page);
    expect(await page.locator('.source p').first().textContent()).toContain('seed 42');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows markup from a link as text: series and file names never run', async () => {
    const link = seedLink(42);
    link.view.params.sla = { ...link.view.params.sla, series: INJECTED };
    const page = await sender.context.newPage();
    await page.goto(`${rootUrl}#${await encodeViewLink(link)}`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'SLA & Apdex' })
      .waitFor({ timeout: DRAW_TIMEOUT_MS });
    const fileLink: ShareLink = {
      ...link,
      source: {
        kind: 'file',
        files: [{ name: INJECTED, size: 1, sha256: 'a'.repeat(64), whole: true }],
      },
    };
    await page.goto(`${rootUrl}#${await encodeViewLink(fileLink)}`);
    const asked = page.getByRole('status').filter({ hasText: 'This link shows' });
    await asked.waitFor({ timeout: DRAW_TIMEOUT_MS });
    expect(await asked.locator('p').textContent()).toBe(
      `This link shows ${INJECTED}: open the same file to see the view.`,
    );
    expect(
      await page.evaluate(() => (window as { __injected?: number }).__injected),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.close();
  });
});
