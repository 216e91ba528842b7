// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataSource } from '../../../src/components/dataIn/DataSource';
import { loadFile } from '../../../src/store/loading';
import { store } from '../../../src/store/state';
import { BAD_CSV, MALICIOUS, wideCsv } from '../files';
import { renderWithStore } from '../renderWithStore';

describe('DataSource', () => {
  it('says nothing is loaded before a data set is', () => {
    render(<DataSource />);
    expect(screen.getByText('No data loaded')).toBeVisible();
  });

  it('gives the catalogue label, its own series and their samples, then the derived series', async () => {
    await renderWithStore(<DataSource />);
    const { series } = store.getState().catalogue!;
    const fleet = series.filter((s) => s.labels.fleet !== undefined);
    // Each of the farm's three metrics adds its fleet mean, max and p95.
    expect(fleet).toHaveLength(9);
    const own = series.filter((s) => s.labels.fleet === undefined);
    const samples = own.reduce((total, s) => total + s.length, 0);
    expect(
      screen.getByText(
        `Simulated demo (small, seed 42) · ${own.length} series + 9 derived · ${samples.toLocaleString('en-US')} samples`,
      ),
    ).toBeVisible();
    expect(own.length).toBe(65);
  });

  it('says the data is being generated while it is', async () => {
    await renderWithStore(<DataSource />);
    act(() => store.setState({ status: 'loading' }));
    expect(screen.getByText('Generating the simulated data…')).toBeVisible();
  });

  it("gives a file's name, its rows and its series count", async () => {
    await renderWithStore(<DataSource />);
    await act(() => loadFile(wideCsv(200), 'metrics.csv'));
    expect(screen.getByText('metrics.csv').parentElement).toHaveTextContent(
      /^metrics\.csv · 200 rows · 2 series$/,
    );
    expect(screen.queryByText(/missing/)).toBeNull();
  });

  it("gives a long file's rows read, not its time steps", async () => {
    await renderWithStore(<DataSource />);
    // One host (so no farm and no fleet series), two metrics: 6 rows over 3 time steps.
    const rows = ['cpu', 'mem'].flatMap((metric) =>
      ['00', '01', '02'].map((m) => `2024-01-01T00:${m}:00Z,web-1,${metric},${m}`),
    );
    await act(() => loadFile(['timestamp,host,metric,value', ...rows].join('\n'), 'long.csv'));
    expect(screen.getByText('long.csv').parentElement).toHaveTextContent(
      /^long\.csv · 6 rows · 2 series$/,
    );
  });

  it('counts the missing values and lists them per series on request', async () => {
    const { user } = await renderWithStore(<DataSource />);
    await act(() =>
      loadFile(wideCsv(10, ['2024-01-02T00:00:00Z,,', '2024-01-02T00:01:00Z,,1']), 'gaps.csv'),
    );
    const summary = screen.getByText('3 missing values');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(
      within(details)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['cpu: 2', 'mem: 1']);
  });

  it('says "1 missing value" for one', async () => {
    await renderWithStore(<DataSource />);
    await act(() => loadFile(BAD_CSV, 'bad.csv'));
    expect(screen.getByText('1 missing value')).toBeVisible();
  });

  it('renders a file name that holds markup as text', async () => {
    const { container } = await renderWithStore(<DataSource />);
    await act(() => loadFile(wideCsv(5), MALICIOUS));
    expect(screen.getByText(MALICIOUS)).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });
});
