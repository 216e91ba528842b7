// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Header } from '../../../src/components/shell/Header';
import { setDemoOptions } from '../../../src/store/settings';
import { store } from '../../../src/store/state';
import { renderWithStore } from '../renderWithStore';

describe('Header', () => {
  it('names the app and the loaded data source with its series count and samples', async () => {
    await renderWithStore(<Header />);
    expect(screen.getByRole('heading', { level: 1, name: 'Metricscope' })).toBeVisible();
    // The seed's 8 scenario series (60 + 4 x 1440 + 1000 + 90 + 10,000 samples), the farm's
    // 10 hosts x 3 metrics (30 x 24), 4 traffic counters (4 x 1440), 8 load-balanced hosts' request
    // counts (8 x 1), 4 data centres' 15 readings (15 x 1): 65 series, 23,413 samples; and the
    // fleet mean, max and p95 of each farm metric (9 x 24), derived.
    expect(
      screen.getByText('Simulated demo (small, seed 42) · 65 series + 9 derived · 23,413 samples'),
    ).toBeVisible();
  });

  it('groups the Simulate controls: scenario size with hints, seed and Regenerate', async () => {
    await renderWithStore(<Header />);
    const simulate = screen.getByRole('group', { name: 'Simulate' });
    const size = within(simulate).getByRole('combobox', { name: 'Scenario size' });
    expect(
      within(size)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'small — 10 servers × 24 h, 10,000 points',
      'medium — 100 servers × 1,440 min, 100,000 points',
      'large — 1,000 servers × 1,440 min, 1,000,000 points',
    ]);
    expect(size).toHaveValue('small');
    expect(within(simulate).getByRole('spinbutton', { name: 'Seed' })).toHaveValue(42);
    expect(within(simulate).getByRole('button', { name: 'Regenerate' })).toBeEnabled();
  });

  it('Regenerate reloads the demo with the chosen seed', async () => {
    const { user } = await renderWithStore(<Header />);
    const seed = screen.getByRole('spinbutton', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, '7');
    await user.click(screen.getByRole('button', { name: 'Regenerate' }));
    expect(
      await screen.findByText(/^Simulated demo \(small, seed 7\) · 65 series \+ 9 derived/),
    ).toBeVisible();
    expect(store.getState()).toMatchObject({ demoSeed: 7, demoSize: 'small', status: 'ready' });
  });

  it('Simulate shows a seed and size set elsewhere after it rendered (a share link opened)', async () => {
    await renderWithStore(<Header />);
    act(() => setDemoOptions({ demoSeed: 11, demoSize: 'medium' }));
    expect(screen.getByRole('spinbutton', { name: 'Seed' })).toHaveValue(11);
    expect(screen.getByRole('combobox', { name: 'Scenario size' })).toHaveValue('medium');
  });

  it('says the data is being generated and disables Regenerate meanwhile', async () => {
    await renderWithStore(<Header />);
    fireEvent.click(screen.getByRole('button', { name: 'Regenerate' }));
    expect(screen.getByText('Generating the simulated data…')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Regenerate' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Regenerate' })).toBeEnabled());
  });

  it('offers the display time zone next to the data source, UTC first', async () => {
    await renderWithStore(<Header />);
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveDisplayValue('UTC');
    expect(
      within(screen.getByRole('group', { name: 'Simulate' })).queryByRole('combobox', {
        name: 'Time zone',
      }),
    ).toBeNull();
  });

  it('offers Open file, Paste CSV, Connect to Prometheus, Save dashboard, Copy link, Time zone and Theme, in tab order before the Simulate controls', async () => {
    const { user } = await renderWithStore(<Header />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Open file' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Paste CSV' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Connect to Prometheus' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save dashboard' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Scenario size' })).toHaveFocus();
  });
});
