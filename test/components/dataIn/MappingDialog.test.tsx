// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MappingDialog } from '../../../src/components/dataIn/MappingDialog';
import { ReadReportPanel } from '../../../src/components/dataIn/ReadReportPanel';
import { openFiles } from '../../../src/store/columnMapping';
import { store } from '../../../src/store/state';
import { csvFile, MALICIOUS } from '../files';
import { renderWithStore } from '../renderWithStore';

/** Per-minute samples without a timestamp column: the reader cannot tell when they were taken. */
const UNTIMED = 'cpu,mem\n1,2\n3,4\n5,6\n';
/** A long file whose text column has a name that says neither host nor metric. */
const UNNAMED_HOST = [
  'time,box,load',
  '2026-11-26T10:00:00Z,web-1,1',
  '2026-11-26T10:00:00Z,web-2,3',
  '2026-11-26T10:01:00Z,web-1,2',
  '2026-11-26T10:01:00Z,web-2,4',
].join('\n');

const dialog = () => screen.getByRole('dialog', { name: /^Column mapping/ });
const role = (column: string) =>
  within(dialog()).getByRole('combobox', { name: `Role of ${column}` });

async function opened(...files: [string, string][]) {
  const rendered = await renderWithStore(
    <>
      <MappingDialog />
      <ReadReportPanel />
    </>,
  );
  let opening!: Promise<void>;
  act(() => {
    opening = openFiles(files.map(([text, name]) => ({ input: csvFile(text, name), name })));
  });
  await screen.findByRole('dialog', { name: /^Column mapping/ });
  return { ...rendered, opening };
}

beforeEach(() => localStorage.clear());

describe('MappingDialog', () => {
  it('shows why detection is unsure, the first rows as text and each column role', async () => {
    await opened([UNTIMED, 'untimed.csv']);
    expect(dialog()).toHaveAccessibleName('Column mapping: untimed.csv');
    expect(dialog()).toHaveTextContent('No column holds timestamps that could be recognised');
    const rows = within(dialog()).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toContain('34');
    expect(role('cpu')).toHaveValue('value');
    expect(role('mem')).toHaveValue('value');
    expect(within(dialog()).getByRole('checkbox', { name: 'First row is a header' })).toBeChecked();
  });

  it('a sampling interval and start turn the sample index into time', async () => {
    const { user, opening } = await opened([UNTIMED, 'untimed.csv']);
    const interval = within(dialog()).getByRole('spinbutton', { name: 'Sampling interval (s)' });
    await user.type(interval, '60');
    const start = within(dialog()).getByLabelText('First sample at (UTC)');
    fireEvent.change(start, { target: { value: '2026-11-26T08:00' } });
    await user.click(within(dialog()).getByRole('button', { name: 'Load' }));
    await act(() => opening);
    expect(screen.queryByRole('dialog')).toBeNull();
    const [file] = store.getState().readReports;
    expect(file.mapping).toBe('chosen');
    expect(file.report.time).toMatchObject({ kind: 'sampling-interval' });
    expect(file.report.time.note).toContain('60 s apart from 2026-11-26 08:00 UTC');
    expect(store.getState().catalogue?.series.map((s) => s.timed)).toEqual([true, true]);
  });

  it('choosing Host for an unnamed text column makes a farm of its hosts', async () => {
    const { user, opening } = await opened([UNNAMED_HOST, 'farm.csv']);
    expect(dialog()).toHaveTextContent('Text column "box": which is the host');
    expect(role('box')).toHaveValue('label');
    expect(dialog()).toHaveTextContent('The first 4 rows read as 1 metric (load): 2 series.');
    await user.selectOptions(role('box'), 'host');
    await waitFor(() => expect(role('box')).toHaveValue('host'));
    // The preview's summary follows the roles chosen.
    expect(dialog()).toHaveTextContent(
      'The first 4 rows read as 2 hosts × 1 metric (load): 2 series.',
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Load' }));
    await act(() => opening);
    expect(store.getState().catalogue?.farm).toMatchObject({ servers: 2, steps: 2 });
  });

  it('says why roles cannot be read and keeps Load disabled until they can', async () => {
    const { user } = await opened([UNTIMED, 'untimed.csv']);
    await user.selectOptions(role('cpu'), 'ignore');
    await user.selectOptions(role('mem'), 'ignore');
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(
      'Choose at least one value column.',
    );
    expect(within(dialog()).getByRole('button', { name: 'Load' })).toBeDisabled();
    await user.selectOptions(role('mem'), 'value');
    await waitFor(() => expect(within(dialog()).queryByRole('alert')).toBeNull());
    expect(within(dialog()).getByRole('button', { name: 'Load' })).toBeEnabled();
  });

  it('Cancel loads nothing and leaves the data shown as it was', async () => {
    const { user, opening } = await opened([UNTIMED, 'untimed.csv']);
    const before = store.getState().catalogue;
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    await act(() => opening);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().catalogue).toBe(before);
    expect(store.getState().source.kind).toBe('demo');
  });

  it('remembers the choice for the next file with the same header: no dialog then', async () => {
    const { user, opening } = await opened([UNTIMED, 'first.csv']);
    // ms: a unit that nothing would read from the name cpu, so only the remembered choice gives it.
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Unit of cpu' }), 'ms');
    await user.click(within(dialog()).getByRole('button', { name: 'Load' }));
    await act(() => opening);
    await act(() => openFiles([{ input: 'cpu,mem\n7,8\n', name: 'second.csv' }]));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().readReports[0]).toMatchObject({
      name: 'second.csv',
      mapping: 'remembered',
    });
    // mem was given no unit: it takes the one its name implies.
    expect(store.getState().catalogue?.series.map((s) => [s.name, s.unit])).toEqual([
      ['cpu', 'ms'],
      ['mem', '%'],
    ]);
  });

  it('does not remember when asked not to', async () => {
    const { user, opening } = await opened([UNTIMED, 'first.csv']);
    await user.click(
      within(dialog()).getByRole('checkbox', { name: 'Remember for files with this header' }),
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Load' }));
    await act(() => opening);
    act(() => void openFiles([{ input: 'cpu,mem\n7,8\n', name: 'second.csv' }]));
    expect(await screen.findByRole('dialog')).toHaveAccessibleName('Column mapping: second.csv');
  });

  it('a delimiter that does not fit says why; the right one reads the preview again', async () => {
    const { user } = await opened(['a;b\n1;2\n3;4\n', 'semi.csv']);
    const delimiter = within(dialog()).getByRole('combobox', { name: 'Delimiter' });
    expect(delimiter).toHaveValue(';');
    await user.selectOptions(delimiter, ',');
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(
      'The file has no numeric column',
    );
    expect(within(dialog()).getByRole('button', { name: 'Load' })).toBeDisabled();
    await user.selectOptions(delimiter, ';');
    await waitFor(() => expect(within(dialog()).queryByRole('alert')).toBeNull());
    expect(role('a')).toHaveValue('value');
  });

  it('a header unticked reads the first row as data, columns numbered', async () => {
    const { user } = await opened([UNTIMED, 'untimed.csv']);
    await user.click(within(dialog()).getByRole('checkbox', { name: 'First row is a header' }));
    await waitFor(() => expect(role('column 1')).toHaveValue('value'));
    expect(
      within(dialog())
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toContain('cpumem');
  });

  it('asks for each doubtful file of several in turn, then loads them all', async () => {
    const { user, opening } = await opened([UNTIMED, 'one.csv'], ['x,y\n1,2\n', 'two.csv']);
    expect(dialog()).toHaveTextContent('(file 1 of 2)');
    await user.click(within(dialog()).getByRole('button', { name: 'Load' }));
    await waitFor(() =>
      expect(dialog()).toHaveAccessibleName('Column mapping: two.csv (file 2 of 2)'),
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Load' }));
    await act(() => opening);
    expect(store.getState().catalogue?.series.map((s) => s.name)).toEqual(['cpu', 'mem', 'x', 'y']);
    expect(store.getState().readReports.map((r) => r.name)).toEqual(['one.csv', 'two.csv']);
  });

  it('"Change column mapping" in the report reopens the step and reads the file again', async () => {
    const { user } = await renderWithStore(
      <>
        <MappingDialog />
        <ReadReportPanel />
      </>,
    );
    await act(() =>
      openFiles([{ input: 'time,cpu\n1709251200,1\n1709251260,2\n', name: 'ok.csv' }]),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Change column mapping' }));
    await screen.findByRole('dialog');
    expect(dialog()).toHaveAccessibleName('Column mapping: ok.csv');
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Unit of cpu' }), 'ms');
    await user.click(within(dialog()).getByRole('button', { name: 'Load' }));
    await waitFor(() => expect(store.getState().catalogue?.series[0].unit).toBe('ms'));
    expect(store.getState().readReports[0].mapping).toBe('chosen');
  });

  it('reads a first-sample time as written, in UTC, even before the year 100', async () => {
    const { user } = await opened([UNTIMED, 'untimed.csv']);
    await user.type(
      within(dialog()).getByRole('spinbutton', { name: 'Sampling interval (s)' }),
      '60',
    );
    fireEvent.change(within(dialog()).getByLabelText('First sample at (UTC)'), {
      target: { value: '0050-01-01T00:00' },
    });
    expect(store.getState().mapping?.options.sampling).toEqual({
      startMs: Date.parse('0050-01-01T00:00:00Z'),
      stepSeconds: 60,
    });
  });

  it('an interval without a usable start, or not above 0, says why and keeps Load disabled', async () => {
    const { user } = await opened([UNTIMED, 'untimed.csv']);
    const load = () => within(dialog()).getByRole('button', { name: 'Load' });
    await user.type(
      within(dialog()).getByRole('spinbutton', { name: 'Sampling interval (s)' }),
      '0',
    );
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(
      'The sampling interval must be a number of seconds above 0.',
    );
    expect(load()).toBeDisabled();
    await user.type(
      within(dialog()).getByRole('spinbutton', { name: 'Sampling interval (s)' }),
      '5',
    );
    fireEvent.change(within(dialog()).getByLabelText('First sample at (UTC)'), {
      target: { value: '' },
    });
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(
      'Give the time of the first sample.',
    );
    expect(load()).toBeDisabled();
    expect(store.getState().mapping?.options.sampling).toBeUndefined();
  });

  it('keeps a unit chosen while new roles are being checked, and waits for the check to load', async () => {
    const { opening } = await opened([UNTIMED, 'untimed.csv']);
    const { reviseMapping, confirmMapping } = await import('../../../src/store/columnMapping');
    let checked!: Promise<void>;
    act(() => {
      checked = reviseMapping({ columns: ['value', 'ignore'] });
      void reviseMapping({ units: ['%', ''] });
      confirmMapping(true);
    });
    expect(store.getState().mapping).toMatchObject({ checking: true });
    await act(() => checked);
    expect(store.getState().mapping?.options).toMatchObject({
      columns: ['value', 'ignore'],
      units: ['%', ''],
    });
    act(() => confirmMapping(true));
    await act(() => opening);
    expect(store.getState().catalogue?.series.map((s) => [s.name, s.unit])).toEqual([['cpu', '%']]);
  });

  it('a newer open ends the older mapping step: the older file never loads', async () => {
    const { opening } = await opened([UNTIMED, 'old.csv']);
    await act(() => openFiles([{ input: 'time,cpu\n1709251200,1\n', name: 'new.csv' }]));
    await act(() => opening);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().source.name).toBe('new.csv');
  });

  it('a remembered mapping that no longer fits opens the step, saying why', async () => {
    localStorage.setItem(
      'metricscope.mapping:cpu,mem',
      JSON.stringify({ delimiter: ',', header: true, columns: ['value', 'value'] }),
    );
    await opened(['cpu,mem\nhigh,2\nlow,3\n', 'changed.csv']);
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(
      'The mapping remembered for this header no longer fits: Column "cpu" holds text',
    );
  });

  it('files opened together under one name get unique names', async () => {
    await renderWithStore(<ReadReportPanel />);
    const text = 'time,cpu\n1709251200,1\n';
    await act(() =>
      openFiles([
        { input: text, name: 'm.csv' },
        { input: text, name: 'm.csv' },
      ]),
    );
    expect(store.getState().readReports.map((r) => r.name)).toEqual(['m.csv', 'm.csv (2)']);
    expect(store.getState().catalogue?.series.map((s) => s.name)).toEqual([
      'm: cpu',
      'm.csv (2): cpu',
    ]);
    expect(
      screen.getByRole('button', { name: 'Change column mapping of m.csv (2)' }),
    ).toBeVisible();
  });

  it('renders column names and cells that hold markup as text, never as HTML', async () => {
    await opened([`${MALICIOUS},cpu\n${MALICIOUS},1\n`, 'evil.csv']);
    expect(within(dialog()).getAllByText(MALICIOUS).length).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
  });
});
