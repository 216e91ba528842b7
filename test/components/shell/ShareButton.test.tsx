// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from '../../../src/components/shell/ShareButton';
import { setParams } from '../../../src/store/refresh';
import { parseViewLink } from '../../../src/store/shareLinkSchema';
import { store } from '../../../src/store/state';
import { renderWithStore } from '../renderWithStore';

// Each test loads the demo and computes every panel: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

/** Gives the page a clipboard whose writeText does `write` (after user-event's own stub). */
function stubClipboard(write: (text: string) => Promise<void>) {
  const writeText = vi.fn(write);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('ShareButton', () => {
  it('Copy link writes the link of the view shown to the clipboard and says so', async () => {
    const { user } = await renderWithStore(<ShareButton />, { seed: 9 });
    const writeText = stubClipboard(() => Promise.resolve());
    setParams('anomalies', { threshold: 4.2 });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toHaveAttribute('aria-live', 'polite');
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = writeText.mock.calls[0][0];
    expect(url.startsWith(`${window.location.href.split('#')[0]}#v1=`)).toBe(true);
    const parsed = await parseViewLink(url.split('#')[1]);
    expect(parsed.ok && parsed.value.source).toEqual({ kind: 'demo', seed: 9, size: 'small' });
    expect(parsed.ok && parsed.value.view.params.anomalies?.threshold).toBe(4.2);
  });

  it('is operated from the keyboard', async () => {
    const { user } = await renderWithStore(<ShareButton />);
    const writeText = stubClipboard(() => Promise.resolve());
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Link copied')).toBeVisible();
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it('shows the link in a selected field when the clipboard is refused', async () => {
    const { user } = await renderWithStore(<ShareButton />);
    stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Copy this link' });
    const url = (field as HTMLInputElement).value;
    expect(url).toMatch(/#v1=[A-Za-z0-9_-]+$/);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(screen.queryByText('Link copied')).toBeNull();
    expect((await parseViewLink(url.split('#')[1])).ok).toBe(true);
  });

  it('shows the field where there is no clipboard at all (a page not on https)', async () => {
    const { user } = await renderWithStore(<ShareButton />);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Copy this link' })).toBeVisible();
  });

  it('is disabled while a data set is loading', async () => {
    await renderWithStore(<ShareButton />);
    store.setState({ status: 'loading' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled());
  });
});
