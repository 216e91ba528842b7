// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Header } from '../../../src/components/shell/Header';
import { store } from '../../../src/store/state';
import { wideCsv } from '../files';
import { renderWithStore } from '../renderWithStore';

describe('PasteDialog', () => {
  it('"Paste CSV" opens a dialog with a labelled text area, Cancel, and Load once there is text', async () => {
    const { user } = await renderWithStore(<Header />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Paste CSV' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste CSV' });
    const text = within(dialog).getByRole('textbox', { name: 'CSV text' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Load' })).toBeDisabled();
    await user.type(text, 'a,b');
    expect(within(dialog).getByRole('button', { name: 'Load' })).toBeEnabled();
  });

  it('Load reads the text as a file named "pasted text" and closes the dialog', async () => {
    const { user } = await renderWithStore(<Header />);
    await user.click(screen.getByRole('button', { name: 'Paste CSV' }));
    await user.click(screen.getByRole('textbox', { name: 'CSV text' }));
    await user.paste(wideCsv(30));
    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(store.getState().source).toEqual({ kind: 'file', name: 'pasted text' }),
    );
    expect(await screen.findByText('pasted text')).toBeVisible();
    expect(store.getState().catalogue?.series.map((s) => s.length)).toEqual([30, 30]);
  });

  it('Cancel closes the dialog and loads nothing', async () => {
    const { user } = await renderWithStore(<Header />);
    const before = store.getState().catalogue;
    await user.click(screen.getByRole('button', { name: 'Paste CSV' }));
    await user.type(screen.getByRole('textbox', { name: 'CSV text' }), 'a,b');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState()).toMatchObject({ source: { kind: 'demo' }, loadProgress: null });
    expect(store.getState().catalogue).toBe(before);
  });

  it('opens empty again after a cancel', async () => {
    const { user } = await renderWithStore(<Header />);
    await user.click(screen.getByRole('button', { name: 'Paste CSV' }));
    await user.type(screen.getByRole('textbox', { name: 'CSV text' }), 'a,b');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Paste CSV' }));
    expect(screen.getByRole('textbox', { name: 'CSV text' })).toHaveValue('');
  });
});
