// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadReportPanel } from '../../../src/components/dataIn/ReadReportPanel';
import { loadDemo, loadFile } from '../../../src/store/loading';
import { store } from '../../../src/store/state';
import { BAD_CSV, MALICIOUS, wideCsv } from '../files';
import { renderWithStore } from '../renderWithStore';

const report = () => screen.getByRole('region', { name: 'File report' });

/** The <dd> of the fact labelled `label` in the report. */
function fact(label: string): string {
  const term = within(report()).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

async function loaded(text: string, name = 'metrics.csv') {
  const rendered = await renderWithStore(<ReadReportPanel />);
  await act(() => loadFile(text, name));
  return rendered;
}

describe('ReadReportPanel', () => {
  it('shows nothing before a file is loaded', async () => {
    await renderWithStore(<ReadReportPanel />);
    expect(screen.queryByRole('region', { name: 'File report' })).toBeNull();
  });

  it('gives the format, delimiter, header, time handling, rows read and size of a clean file', async () => {
    await loaded(wideCsv(200));
    expect(report()).toHaveTextContent('metrics.csv');
    expect(fact('Format')).toBe('wide CSV (one column per series)');
    expect(fact('Delimiter')).toBe('comma');
    expect(fact('Header')).toBe('yes');
    expect(fact('Time')).toBe('timestamp: ISO 8601 with a zone, read exactly');
    expect(fact('Rows read')).toBe('200');
    expect(fact('Size')).toMatch(/^[\d.]+ KiB$/);
    const { readMs } = store.getState().readReports[0];
    const readIn = within(report()).getByText('Read in', { selector: 'dt' }).nextElementSibling!;
    expect(readIn).toHaveAttribute('data-read-ms', readMs.toFixed(1));
    expect(readIn.textContent).toMatch(
      readMs < 1 ? /^[\d.]+ µs$/ : /^[\d.]+ (ms|s) at [\d.]+ (kB|MB|GB)\/s$/,
    );
    expect(within(report()).queryByText(/skipped/)).toBeNull();
    expect(within(report()).queryByRole('list')).toBeNull();
  });

  it('lists the rows skipped by reason, with line numbers and their text, and what was repaired', async () => {
    await loaded(BAD_CSV);
    expect(fact('Time')).toBe(
      'timestamp: YYYY-MM-DD HH:mm:ss read as UTC (the file gives no zone)',
    );
    expect(fact('Rows read')).toBe('4');
    expect(within(report()).getByRole('heading', { name: '3 rows skipped' })).toBeVisible();
    const reasons = within(report())
      .getAllByRole('listitem')
      .filter((item) => /^1 row with/.test(item.textContent ?? ''));
    expect(reasons.map((item) => item.textContent)).toEqual([
      '1 row with wrong number of fieldsline 4: 2024-01-01 00:02:00,1',
      `1 row with a value that is not a numberline 3: 2024-01-01 00:01:00,${MALICIOUS},3`,
      '1 row with a timestamp that could not be readline 6: not a time,5,6',
    ]);
    expect(within(report()).getByText('1 missing value: cpu 1')).toBeVisible();
    expect(
      within(report()).getByText('The rows were not in time order; they were sorted by time.'),
    ).toBeVisible();
    expect(
      within(report()).getByText('1 sample shares a timestamp with an earlier one.'),
    ).toBeVisible();
  });

  it('names the ten series missing most values, most first, and counts the others', async () => {
    const names = Array.from({ length: 12 }, (_, k) => `s${k + 1}`);
    const rows = Array.from({ length: 14 }, (_, r) => {
      const cells = names.map((_, k) => (r <= k ? '' : String(r)));
      return [new Date(Date.UTC(2024, 0, 1, 0, r)).toISOString(), ...cells].join(',');
    });
    await loaded(['timestamp', ...names].join(',') + '\n' + rows.join('\n') + '\n');
    const listed = names
      .slice(2)
      .reverse()
      .map((name) => `${name} ${name.slice(1)}`);
    expect(
      within(report()).getByText(`78 missing values: ${listed.join(', ')} and 2 more series`),
    ).toBeVisible();
  });

  it('renders an offending line and a file name that hold markup as text, never as HTML', async () => {
    const { container } = await loaded(BAD_CSV, `${MALICIOUS}.csv`);
    const line = within(report()).getByText(`2024-01-01 00:01:00,${MALICIOUS},3`);
    expect(line.tagName).toBe('CODE');
    expect(within(report()).getByText(`${MALICIOUS}.csv`)).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says "no" to a header and how x is read for a file without a header or timestamps', async () => {
    await loaded('1\t2\n3\t4\n5\t6\n', 'numbers.tsv');
    expect(fact('Delimiter')).toBe('tab');
    expect(fact('Header')).toBe('no');
    expect(fact('Time')).toBe('no timestamp column: x is the sample index');
  });

  it('names a semicolon delimiter', async () => {
    await loaded('time;a\n2024-01-01T00:00:00Z;1\n2024-01-01T00:01:00Z;2\n');
    expect(fact('Delimiter')).toBe('semicolon');
  });

  it('Dismiss hides the report; loading the demo again does too', async () => {
    const { user } = await loaded(wideCsv(20));
    await user.click(within(report()).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'File report' })).toBeNull();
    expect(store.getState().readReports).toEqual([]);
    await act(() => loadFile(wideCsv(20), 'again.csv'));
    expect(report()).toBeVisible();
    await act(() => loadDemo());
    expect(screen.queryByRole('region', { name: 'File report' })).toBeNull();
  });
});
