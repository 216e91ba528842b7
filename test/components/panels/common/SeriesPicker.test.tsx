// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SeriesInfo } from '../../../../src/analysis/fleet/seriesInfo';
import { MAX_LISTED, SeriesPicker } from '../../../../src/components/panels/common/SeriesPicker';
import { store } from '../../../../src/store/state';
import { renderWithStore } from '../../renderWithStore';

const picker = () => screen.getByRole('combobox', { name: 'Series' });
const optionNames = () =>
  within(picker())
    .getAllByRole('option')
    .map((o) => (o as HTMLOptionElement).value);

/** A catalogue entry of `length` timed samples. */
const entry = (name: string, metric: string, unit = '%', length = 10): SeriesInfo => ({
  name,
  metric,
  labels: {},
  unit,
  length,
  timed: true,
  missing: 0,
});

/** Replaces the loaded catalogue's series with `series`. */
function showSeries(series: SeriesInfo[]): void {
  act(() => store.setState((s) => ({ catalogue: { ...s.catalogue!, series } })));
}

describe('SeriesPicker', () => {
  it('lists every loaded series with its length and unit, the current one selected', async () => {
    await renderWithStore(<SeriesPicker value="storage used (GB)" onChange={() => {}} />);
    // The demo's 74 series, the first MAX_LISTED listed.
    const names = store
      .getState()
      .catalogue!.series.slice(0, MAX_LISTED)
      .map((s) => s.name);
    // Each exactly once (grouped by metric, so not in catalogue order).
    expect(optionNames()).toHaveLength(names.length);
    expect(new Set(optionNames())).toEqual(new Set(names));
    expect(screen.getByRole('option', { name: /^cpu % \(seed hour\)/ })).toHaveTextContent(
      'cpu % (seed hour) — 60 points, %',
    );
    expect(screen.getByRole('option', { name: /storage used/ })).toHaveTextContent(
      'storage used (GB) — 90 points, GB',
    );
    expect(picker()).toHaveValue('storage used (GB)');
  });

  it('groups the series by metric, in order of first appearance, each in catalogue order', async () => {
    await renderWithStore(<SeriesPicker value="cpu %" onChange={() => {}} />);
    showSeries([
      entry('cpu % (seed hour)', 'cpu_seed_hour'),
      entry('cpu{host="web-01"}', 'cpu'),
      entry('memory{host="web-01"}', 'memory'),
      entry('cpu{host="web-02"}', 'cpu'),
      entry('cpu{dc="us-east"}', 'cpu'),
      entry('cpu (fleet p95)', 'cpu'),
    ]);
    const groups = within(picker()).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['cpu_seed_hour', 'cpu', 'memory']);
    expect(
      within(groups[1])
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['cpu{host="web-01"}', 'cpu{host="web-02"}', 'cpu{dc="us-east"}', 'cpu (fleet p95)']);
  });

  it('lists series in a plain list when no metric has two, in optgroups when one does', async () => {
    await renderWithStore(<SeriesPicker value="a" onChange={() => {}} />);
    // A wide file's columns: one series per metric.
    showSeries([entry('a', 'cpu'), entry('b', 'mem')]);
    expect(within(picker()).queryAllByRole('group')).toEqual([]);
    expect(optionNames()).toEqual(['a', 'b']);
    showSeries([entry('a', 'cpu'), entry('b', 'cpu'), entry('value', '')]);
    const groups = within(picker()).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['cpu', '(no metric name)']);
    expect(
      within(groups[0])
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['a', 'b']);
  });

  it('reports the picked series with its catalogue entry', async () => {
    const onChange = vi.fn();
    const { user } = await renderWithStore(<SeriesPicker value="cpu %" onChange={onChange} />);
    await user.selectOptions(picker(), 'memory %');
    expect(onChange).toHaveBeenCalledWith({
      name: 'memory %',
      metric: 'memory_percent',
      labels: {},
      length: 1440,
      unit: '%',
      timed: true,
      missing: 0,
    });
  });

  it('offers a first, empty "pick a series" option while none is picked', async () => {
    await renderWithStore(<SeriesPicker value={null} onChange={() => {}} />);
    const [first] = within(picker()).getAllByRole('option');
    expect(first).toHaveTextContent('— pick a series —');
    expect(picker()).toHaveValue('');
  });

  it('narrows a long list (over 20 series) to names holding every word typed, any case', async () => {
    const { user } = await renderWithStore(
      <SeriesPicker value="storage used (GB)" onChange={() => {}} />,
    );
    const filter = screen.getByRole('searchbox', { name: 'Filter series' });
    expect(filter).toHaveAttribute('placeholder', 'Filter 74 series');
    await user.type(filter, 'WEB-01 cpu');
    // The picked series stays listed, so the select still shows it.
    await waitFor(() => expect(optionNames()).toEqual(['storage used (GB)', 'cpu{host="web-01"}']));
    expect(picker()).toHaveValue('storage used (GB)');
    await user.clear(filter);
    await waitFor(() => expect(optionNames()).toHaveLength(MAX_LISTED));
  });

  it('lists at most MAX_LISTED series, says how many match, and keeps the picked one listed', async () => {
    await renderWithStore(<SeriesPicker value="s99" onChange={() => {}} />);
    showSeries(Array.from({ length: 5000 }, (_, i) => entry(`s${i}`, `m${i % 7}`)));
    expect(optionNames()).toHaveLength(MAX_LISTED + 1);
    expect(optionNames()[0]).toBe('s99');
    expect(picker()).toHaveValue('s99');
    expect(screen.getByText(`${MAX_LISTED} of 5,000 listed: type to narrow`)).toBeInTheDocument();
  });

  it('neither lists nor counts the series in omit, and finds the others by the filter', async () => {
    const omit = new Set(['cpu % (seed hour)', 'cpu %', 'memory %']);
    const { user } = await renderWithStore(
      <SeriesPicker value={null} onChange={() => {}} omit={omit} />,
    );
    const filter = screen.getByRole('searchbox', { name: 'Filter series' });
    expect(filter).toHaveAttribute('placeholder', 'Filter 71 series');
    const rest = store
      .getState()
      .catalogue!.series.filter((s) => !omit.has(s.name))
      .slice(0, MAX_LISTED)
      .map((s) => s.name);
    expect(new Set(optionNames())).toEqual(new Set(['', ...rest]));
    expect(screen.getByText(`${MAX_LISTED} of 71 listed: type to narrow`)).toBeInTheDocument();
    await user.type(filter, 'cpu %');
    await waitFor(() => expect(optionNames()).toEqual(['']));
  });

  it('names the filter box by filterLabel when given, else by the field’s label', async () => {
    await renderWithStore(
      <>
        <SeriesPicker value={null} onChange={() => {}} label="Compare with" />
        <SeriesPicker
          value={null}
          onChange={() => {}}
          label="Compare with"
          filterLabel="Filter series to add"
        />
      </>,
    );
    expect(screen.getByRole('searchbox', { name: 'Filter compare with' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Filter series to add' })).toBeVisible();
    expect(screen.getAllByRole('combobox', { name: 'Compare with' })).toHaveLength(2);
  });

  it('has no filter box for 20 series or fewer', async () => {
    await renderWithStore(<SeriesPicker value="s0" onChange={() => {}} />);
    expect(screen.getByRole('searchbox', { name: 'Filter series' })).toBeVisible();
    showSeries(Array.from({ length: 20 }, (_, i) => entry(`s${i}`, 'm')));
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(optionNames()).toHaveLength(20);
  });

  it('names no unit for a series without one (no dangling comma)', async () => {
    await renderWithStore(<SeriesPicker value="value" onChange={() => {}} />);
    showSeries([entry('value', '', '', 4032)]);
    expect(screen.getByRole('option').textContent).toBe('value — 4,032 points');
  });

  it('renders a malicious series or metric name as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await renderWithStore(<SeriesPicker value={evil} onChange={() => {}} />);
    showSeries([{ ...entry(evil, evil, 'ms', 3), timed: false }, entry('other', evil)]);
    expect(screen.getByRole('option', { name: /^</ })).toHaveTextContent(`${evil} — 3 points, ms`);
    expect(within(picker()).getAllByRole('group')[0]).toHaveAttribute('label', evil);
    expect(document.querySelector('img')).toBeNull();
  });
});
