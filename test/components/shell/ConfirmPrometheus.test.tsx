// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmPrometheus } from '../../../src/components/shell/ConfirmPrometheus';
import type { PrometheusRequest } from '../../../src/io/prometheus/queryRangeUrl';
import { linkStore, openFromLink, resetLinkState } from '../../../src/store/shareLink';
import { encodeViewLink } from '../../../src/store/shareLinkSchema';
import { store } from '../../../src/store/state';
import { MALICIOUS } from '../files';
import { renderWithStore } from '../renderWithStore';

const REQUEST: PrometheusRequest = {
  baseUrl: 'http://127.0.0.1:9090',
  queries: ['up', 'rate(http_requests_total[5m])'],
  startSec: Date.UTC(2026, 11, 1, 10) / 1000,
  endSec: Date.UTC(2026, 11, 1, 16) / 1000,
  stepSec: 60,
};

const link = (request: PrometheusRequest) =>
  encodeViewLink({
    v: 1,
    source: { kind: 'prometheus', request },
    view: {
      demo: { seed: 42, size: 'small' },
      params: { loadBalance: { tolerance: 0.4 } },
      theme: 'system',
      timeZone: 'utc',
      zoom: null,
    },
  });

/** A query_range answer: one series of `query` with two points. */
const answer = (query: string) =>
  new Response(
    JSON.stringify({
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          {
            metric: { __name__: query.replace(/\W/g, '_'), instance: 'a' },
            values: [
              [REQUEST.startSec, '1'],
              [REQUEST.startSec + 60, '2'],
            ],
          },
        ],
      },
    }),
  );

function stubFetch() {
  const fetchFn = vi.fn((url: string | URL | Request) =>
    Promise.resolve(answer(new URL(String(url)).searchParams.get('query')!)),
  );
  vi.stubGlobal('fetch', fetchFn);
  return fetchFn;
}

// Each test loads the demo and computes every panel: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  vi.unstubAllGlobals();
  resetLinkState();
});

/** Renders the dialog over the demo, then opens `text` as the page would at startup. */
async function openLink(text: string) {
  const rendered = await renderWithStore(<ConfirmPrometheus />);
  await act(() => openFromLink(`#${text}`));
  return rendered;
}

describe('ConfirmPrometheus', () => {
  it('asks "Fetch <queries> from <url> for <range>?" and fetches nothing meanwhile', async () => {
    const fetchFn = stubFetch();
    await openLink(await link(REQUEST));
    const dialog = screen.getByRole('dialog', { name: 'Fetch from Prometheus?' });
    expect(dialog).toHaveTextContent(
      'Fetch up, rate(http_requests_total[5m]) from http://127.0.0.1:9090 for 2026-12-01 10:00:00 to 2026-12-01 16:00:00 UTC, every 60 s?',
    );
    expect(within(dialog).getByRole('button', { name: 'Fetch' })).toBeVisible();
    expect(fetchFn).not.toHaveBeenCalled();
    expect(store.getState().source.kind).toBe('demo');
  });

  it('Fetch asks the server for each query, shows its series and applies the view', async () => {
    const fetchFn = stubFetch();
    const { user } = await openLink(await link(REQUEST));
    await user.click(screen.getByRole('button', { name: 'Fetch' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(store.getState().params?.loadBalance.tolerance).toBe(0.4));
    // The query_range calls, after the series counts that size their step.
    const ranges = fetchFn.mock.calls
      .map(([url]) => new URL(String(url)))
      .filter((url) => url.pathname.endsWith('/query_range'));
    expect(ranges.map((url) => url.searchParams.get('query'))).toEqual(REQUEST.queries);
    expect(store.getState().source).toEqual({
      kind: 'file',
      name: 'Prometheus http://127.0.0.1:9090',
    });
  });

  it.each([
    [
      'Cancel',
      async (user: Awaited<ReturnType<typeof openLink>>['user']) =>
        user.click(screen.getByRole('button', { name: 'Cancel' })),
    ],
    [
      'Escape',
      async (user: Awaited<ReturnType<typeof openLink>>['user']) => {
        // jsdom's stand-in dialog has no Escape of its own: the browser's cancel closes it.
        await user.keyboard('{Escape}');
        screen.getByRole('dialog').dispatchEvent(new Event('close'));
      },
    ],
  ])('%s closes it, fetches nothing and keeps the demo', async (_, dismiss) => {
    const fetchFn = stubFetch();
    const { user } = await openLink(await link(REQUEST));
    await act(() => dismiss(user));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(linkStore.getState().confirm).toBeNull();
    expect(fetchFn).not.toHaveBeenCalled();
    expect(store.getState().source.kind).toBe('demo');
  });

  it('shows markup in a query or URL as text', async () => {
    stubFetch();
    const { container } = await openLink(
      await link({ ...REQUEST, baseUrl: `http://h/${MALICIOUS}`, queries: [MALICIOUS] }),
    );
    expect(screen.getByRole('dialog')).toHaveTextContent(
      `Fetch ${MALICIOUS} from http://h/${MALICIOUS}`,
    );
    expect(container.ownerDocument.querySelector('img')).toBeNull();
  });
});
