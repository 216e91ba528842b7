// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadProgress } from '../../../src/components/dataIn/LoadProgress';
import { loadFile } from '../../../src/store/loading';
import { store } from '../../../src/store/state';
import { csvFile, wideCsv } from '../files';
import { renderWithStore } from '../renderWithStore';

describe('LoadProgress', () => {
  it('shows nothing while no file is being read', () => {
    render(<LoadProgress />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('shows bytes read of the total as a bar named after the file, and rows and MiB as text', () => {
    render(<LoadProgress />);
    const reading = {
      bytesRead: 2_500_000,
      totalBytes: 10_000_000,
      rowsParsed: 123_456,
      name: 'big.csv',
    };
    act(() => store.setState({ loadProgress: reading }));
    const bar = screen.getByRole('progressbar', { name: 'Reading big.csv' });
    expect(bar).toHaveAttribute('value', '2500000');
    expect(bar).toHaveAttribute('max', '10000000');
    expect(screen.getByText(/123,456 rows/)).toHaveTextContent(
      'Reading big.csv: 123,456 rows, 2.38 MiB of 9.54 MiB',
    );
  });

  it('counts query_range calls, points and bytes for a source fetched in parts', () => {
    render(<LoadProgress />);
    const fetching = {
      name: 'Prometheus http://h:9090',
      bytesRead: 1_500_000,
      totalBytes: 0,
      rowsParsed: 33_000,
      parts: { done: 2, total: 8 },
    };
    act(() => store.setState({ loadProgress: fetching }));
    const bar = screen.getByRole('progressbar', { name: 'Reading Prometheus http://h:9090' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', '8');
    expect(screen.getByText(/query_range calls/)).toHaveTextContent(
      'Fetching Prometheus http://h:9090: 2 of 8 query_range calls, 33,000 points, 1.43 MiB',
    );
  });

  it('shows an indeterminate bar while the size is unknown', () => {
    render(<LoadProgress />);
    act(() =>
      store.setState({
        loadProgress: { name: 'a.csv', bytesRead: 0, totalBytes: 0, rowsParsed: 0 },
      }),
    );
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
  });

  it('Cancel stops the read in the worker; the bar goes and the data set shown stays', async () => {
    const { user } = await renderWithStore(<LoadProgress />);
    const before = store.getState().catalogue;
    const big = csvFile(wideCsv(200_000), 'big.csv');
    let reading!: Promise<void>;
    act(() => {
      reading = loadFile(big, 'big.csv');
    });
    const bar = screen.getByRole('progressbar', { name: 'Reading big.csv' });
    expect(bar).toHaveAttribute('max', String(big.size));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await act(() => reading);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(store.getState()).toMatchObject({
      source: { kind: 'demo' },
      loadError: null,
      readReports: [],
    });
    expect(store.getState().catalogue).toBe(before);
  });
});
