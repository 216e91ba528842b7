// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkNotices } from '../../../src/components/shell/LinkNotices';
import { openFromLink, resetLinkState } from '../../../src/store/shareLink';
import { encodeViewLink } from '../../../src/store/shareLinkSchema';
import { store } from '../../../src/store/state';
import { MALICIOUS } from '../files';
import { renderWithStore } from '../renderWithStore';

// Each test loads the demo and computes every panel: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => resetLinkState());

const fileLink = (name: string) =>
  encodeViewLink({
    v: 1,
    source: { kind: 'file', files: [{ name, size: 10, sha256: 'a'.repeat(64), whole: true }] },
    view: {
      demo: { seed: 42, size: 'small' },
      params: {},
      theme: 'system',
      timeZone: 'utc',
      zoom: null,
    },
  });

describe('LinkNotices', () => {
  it('says why a crafted link could not be read, over the normal demo', async () => {
    const { user } = await renderWithStore(<LinkNotices />);
    await act(() => openFromLink('#v1=%3Cscript%3E'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This link could not be read: it is not a Metricscope link.');
    expect(store.getState()).toMatchObject({ status: 'ready', demoSeed: 42 });
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for the file of a file link, with Open file', async () => {
    await renderWithStore(<LinkNotices />);
    await act(async () => openFromLink(`#${await fileLink('metrics.csv')}`));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      'This link shows metrics.csv: open the same file to see the view.',
    );
    expect(within(status).getByRole('button', { name: 'Open file' })).toBeVisible();
  });

  it("shows markup in a link's file name as text", async () => {
    const { container } = await renderWithStore(<LinkNotices />);
    await act(async () => openFromLink(`#${await fileLink(MALICIOUS)}`));
    expect(screen.getByRole('status')).toHaveTextContent(`This link shows ${MALICIOUS}:`);
    expect(container.querySelector('img')).toBeNull();
  });
});
