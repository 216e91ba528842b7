// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { anomalyView } from '../../../src/analysis/views/anomalyView';
import { AnomalyTable } from '../../../src/components/panels/anomalies/AnomalyTable';
import { TimeZoneSelect } from '../../../src/components/shell/TimeZoneSelect';
import { setTimeZone } from '../../../src/store/settings';
import { store } from '../../../src/store/state';
import { inTimeZone } from '../../charts/inTimeZone';
import '../renderWithStore';

// One spike at 00:04 UTC (19:04 the day before in New York) in a flat, timed series.
const values = Float64Array.from([10, 10, 10, 10, 50, 10, 10, 10]);
const timeMs = Float64Array.from(values, (_, i) => Date.UTC(2026, 0, 1) + i * 60_000);
const view = anomalyView(
  { name: 'x', values, unit: '%', timeMs },
  { detector: 'zscore', window: 4, threshold: 1 },
);

const select = () => screen.getByRole('combobox', { name: 'Time zone' });

describe('TimeZoneSelect', () => {
  inTimeZone('America/New_York');
  afterEach(() => setTimeZone('utc'));

  it('offers UTC and the browser by its IANA time zone name, with UTC chosen at first', () => {
    render(<TimeZoneSelect />);
    expect(
      within(select())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['UTC', 'Browser (America/New_York)']);
    expect(select()).toHaveDisplayValue('UTC');
  });

  it("choosing the browser's zone, then UTC, sets the store's time zone each time", async () => {
    const user = userEvent.setup();
    render(<TimeZoneSelect />);
    await user.selectOptions(select(), 'Browser (America/New_York)');
    expect(store.getState().timeZone).toBe('local');
    expect(select()).toHaveDisplayValue('Browser (America/New_York)');
    await user.selectOptions(select(), 'UTC');
    expect(store.getState().timeZone).toBe('utc');
  });

  it("shows the store's time zone when it is changed elsewhere", () => {
    render(<TimeZoneSelect />);
    act(() => setTimeZone('local'));
    expect(select()).toHaveValue('local');
  });

  it('moves the anomaly times to the zone chosen', async () => {
    const user = userEvent.setup();
    render(
      <>
        <TimeZoneSelect />
        <AnomalyTable view={view} />
      </>,
    );
    const table = screen.getByRole('table', { name: 'Anomalies, strongest first' });
    expect(within(table).getByRole('columnheader', { name: 'Time (UTC)' })).toBeVisible();
    expect(within(table).getByRole('cell', { name: '2026-01-01 00:04' })).toBeVisible();
    await user.selectOptions(select(), 'Browser (America/New_York)');
    expect(within(table).getByRole('columnheader', { name: 'Time (local)' })).toBeVisible();
    expect(within(table).getByRole('cell', { name: '2025-12-31 19:04' })).toBeVisible();
    expect(within(table).queryByRole('cell', { name: '2026-01-01 00:04' })).toBeNull();
  });
});
