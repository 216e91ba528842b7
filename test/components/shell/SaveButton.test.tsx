// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveButton } from '../../../src/components/shell/SaveButton';
import { MAX_SAVED_SAMPLES } from '../../../src/store/savedDashboard';
import { captureTemplate, forgetTemplate } from '../../../src/store/savedDashboardTemplate';
import { store } from '../../../src/store/state';
import type { Catalogue } from '../../../src/worker/workspace';
import { renderWithStore } from '../renderWithStore';

/** The single-file app as far as saving sees it: a page whose app is an inline module script. */
const TEMPLATE =
  '<!doctype html><html><head><script type="module">app()</script></head><body></body></html>';

/** A catalogue of one file's series of `lengths` samples, as the worker would describe it. */
const catalogueOf = (...lengths: number[]): Catalogue => ({
  label: 'big.csv',
  series: lengths.map((length, i) => ({
    name: `s${i}`,
    metric: `s${i}`,
    labels: {},
    unit: '',
    length,
    timed: true,
    missing: 0,
  })),
  farm: { reason: 'no hosts' },
  groups: [],
  picks: {} as Catalogue['picks'],
});

let downloads: { href: string; download: string }[];

beforeEach(() => {
  downloads = [];
  // jsdom has no blob: URLs and does not download; these record what would be.
  URL.createObjectURL = vi.fn(() => 'blob:saved');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ href: this.href, download: this.download });
  });
  captureTemplate(new DOMParser().parseFromString(TEMPLATE, 'text/html'));
});

afterEach(() => {
  vi.restoreAllMocks();
  forgetTemplate();
});

describe('SaveButton', () => {
  it('is disabled until a data set is shown', () => {
    render(<SaveButton />);
    expect(screen.getByRole('button', { name: 'Save dashboard' })).toBeDisabled();
  });

  it(`refuses data over ${MAX_SAVED_SAMPLES.toLocaleString('en-US')} samples: an alert says how many and the limit, nothing is downloaded`, async () => {
    store.setState({
      status: 'ready',
      source: { kind: 'file', name: 'big.csv' },
      catalogue: catalogueOf(2_000_000, 1_500_000),
    });
    const user = userEvent.setup();
    render(<SaveButton />);
    await user.click(screen.getByRole('button', { name: 'Save dashboard' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not save the dashboard. This data set has 3,500,000 samples: a saved dashboard holds at most 3,000,000. Nothing was saved.',
    );
    expect(downloads).toEqual([]);
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('from the keyboard (Tab, Enter) downloads the demo as metricscope-<name>-<date>.html and says so', async () => {
    const { user } = await renderWithStore(<SaveButton />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save dashboard' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const today = new Date().toISOString().slice(0, 10);
    await waitFor(() =>
      expect(downloads).toEqual([
        { href: 'blob:saved', download: `metricscope-demo-small-seed-42-${today}.html` },
      ]),
    );
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0][0] as Blob;
    expect(blob.type).toBe('text/html');
    expect(screen.getByRole('status')).toHaveTextContent(
      `Saved as metricscope-demo-small-seed-42-${today}.html`,
    );
    expect(screen.getByRole('button', { name: 'Save dashboard' })).toBeEnabled();
  });

  it('says when the single-file app is missing (the dev server without it), nothing downloaded', async () => {
    forgetTemplate();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('Not found', { status: 404 })));
    const { user } = await renderWithStore(<SaveButton />);
    await user.click(screen.getByRole('button', { name: 'Save dashboard' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Save dashboard needs the single-file app beside this page (metricscope.html, made by npm run build): it was not found. Nothing was saved.',
    );
    expect(downloads).toEqual([]);
    vi.unstubAllGlobals();
  });
});
