// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Header } from '../../../src/components/shell/Header';
import { OpenFileButton } from '../../../src/components/dataIn/OpenFileButton';
import { store } from '../../../src/store/state';
import { csvFile, wideCsv } from '../files';
import { renderWithStore } from '../renderWithStore';

/** The hidden file input behind the button (out of the accessibility tree, so found by label). */
const fileInput = () => screen.getByLabelText<HTMLInputElement>('Open file', { selector: 'input' });

describe('OpenFileButton', () => {
  it('is a button named "Open file" that Tab reaches and Enter uses to open the file picker', async () => {
    const { user } = await renderWithStore(<OpenFileButton />);
    const picked = vi.fn();
    fileInput().addEventListener('click', picked);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Open file' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(picked).toHaveBeenCalledOnce();
  });

  it('offers CSV, TSV, text and JSON files, several at once, from an input kept out of sight', async () => {
    await renderWithStore(<OpenFileButton />);
    const input = fileInput();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.csv,.tsv,.txt,.json,text/csv,application/json');
    expect(input).toHaveAttribute('multiple');
    expect(input).not.toBeVisible();
  });

  it('loads the chosen file through the worker: the header then names it, with rows and series', async () => {
    const { user } = await renderWithStore(<Header />);
    await user.upload(fileInput(), csvFile(wideCsv(200), 'metrics.csv'));
    expect(await screen.findByText('metrics.csv')).toBeVisible();
    expect(screen.getByText('metrics.csv').parentElement).toHaveTextContent(
      'metrics.csv · 200 rows · 2 series',
    );
    expect(store.getState().source).toEqual({ kind: 'file', name: 'metrics.csv' });
    // Cleared, so that picking the same file again (edited since) loads it again.
    expect(fileInput().value).toBe('');
  });
});
