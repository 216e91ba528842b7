// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { LineSeriesOption } from 'echarts';
import { describe, expect, it, vi } from 'vitest';
import { MAX_LISTED } from '../../../../src/components/panels/common/SeriesPicker';
import { formatValue } from '../../../../src/charts/formatNumber';
import { overviewOption } from '../../../../src/charts/overviewOption';
import { darkTheme, lightTheme } from '../../../../src/charts/theme';
import { OverviewPanel } from '../../../../src/components/panels/overview/OverviewPanel';
import { setParams } from '../../../../src/store/refresh';
import { store } from '../../../../src/store/state';
import { AnomaliesPanel } from '../../../../src/components/panels/anomalies/AnomaliesPanel';
import { formatTimeSpan } from '../../../../src/charts/formatNumber';
import { chartNamed, lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf, setPrefersDark, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('overview');
const HOSTS = Array.from({ length: 10 }, (_, i) => `web-${String(i + 1).padStart(2, '0')}`);

const seriesPicker = () => screen.getByRole('combobox', { name: 'Series' });
const addPicker = () => screen.getByRole('combobox', { name: 'Compare with' });
const addButton = () => screen.getByRole('button', { name: 'Add' });
const addOptions = () =>
  within(addPicker())
    .getAllByRole('option')
    .map((o) => (o as HTMLOptionElement).value);
const cpuOf = (host: string) => `cpu{host="${host}"}`;
const params = () => store.getState().params!.overview;
// The panel's note under the stat cards (the add picker has a note of its own).
const note = () => region('Overview').querySelector('p.panel-note')?.textContent ?? '';
const legendRows = () =>
  within(screen.getByRole('table', { name: 'Series drawn' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('OverviewPanel', () => {
  it('zooming another time-series chart zooms its chart and recomputes its figures over the range', async () => {
    await renderWithStore(
      <>
        <OverviewPanel />
        <AnomaliesPanel />
      </>,
    );
    const panel = region('Overview');
    expect(panel).toHaveTextContent('Figures over the whole series');
    const whole = result().summary;
    const x = result().lines[0].x;
    const range = { start: x[2], end: x[8] };
    act(() => chartNamed('Anomalies chart').zoom(range));
    expect(store.getState().zoom).toEqual(range);
    const zoom = (
      lastOption('Overview chart').dataZoom as { startValue: number; endValue: number }[]
    )[0];
    expect([zoom.startValue, zoom.endValue]).toEqual([range.start, range.end]);
    await waitFor(() =>
      expect(panel).toHaveTextContent(
        `Figures over the zoomed range ${formatTimeSpan(range.start, range.end, 'utc')}`,
      ),
    );
    // Ten hosts x 7 hours, both ends included.
    expect(result().summary.count).toBe(70);
    expect(statCard(panel, 'Mean')).toBe(formatValue(result().summary.mean, '%'));
    expect(result().summary.mean).not.toBe(whole.mean);
    expect(region('Anomalies')).toHaveTextContent('Figures over the whole series');
    act(() => chartNamed('Overview chart').zoom(null));
    expect(store.getState().zoom).toBeNull();
    await waitFor(() => expect(panel).toHaveTextContent('Figures over the whole series'));
    expect(result().summary).toEqual(whole);
  });

  it('opens on every host’s cpu: mean, peak, min and std of all their samples, in %', async () => {
    await renderWithStore(<OverviewPanel />);
    const panel = region('Overview');
    const { summary, lines, unit } = result();
    expect(store.getState().params!.overview.series).toEqual(HOSTS.map((h) => `cpu{host="${h}"}`));
    expect(lines).toHaveLength(10);
    expect(unit).toBe('%');
    // Ten hosts x 24 hours, pooled.
    expect(summary.count).toBe(240);
    expect(statCard(panel, 'Mean')).toBe(formatValue(summary.mean, '%'));
    expect(statCard(panel, 'Peak')).toBe(formatValue(summary.peak, '%'));
    expect(statCard(panel, 'Min')).toBe(formatValue(summary.min, '%'));
    expect(statCard(panel, 'Std')).toBe(formatValue(summary.std, '%'));
    expect(statCard(panel, 'Mean')).toMatch(/%$/);
    expect(statCard(panel, 'High-load periods')).toBe(
      `${result().periodsX.length} (${summary.highLoadCount} points)`,
    );
  });

  it('offers every metric group, then the first MAX_LISTED series alone, the group drawn selected', async () => {
    await renderWithStore(<OverviewPanel />);
    const [groups, single] = within(seriesPicker()).getAllByRole('group');
    expect(groups).toHaveAttribute('label', 'Every series of a metric');
    expect(
      within(groups)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(
      store
        .getState()
        .catalogue!.groups.map(
          (g) => `${g.metric} by ${g.labelNames.join(', ')}: ${g.series.length} series`,
        ),
    );
    expect(within(groups).getAllByRole('option')[0]).toHaveTextContent('cpu by host: 10 series');
    expect(single).toHaveAttribute('label', 'One series');
    expect(
      within(single)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(
      store
        .getState()
        .catalogue!.series.slice(0, MAX_LISTED)
        .map((s) => s.name),
    );
    expect(screen.getByRole('option', { name: 'cpu by host: 10 series' })).toHaveProperty(
      'selected',
      true,
    );
  });

  it('draws overviewOption of the result in the light theme, and the dark one when preferred', async () => {
    await renderWithStore(<OverviewPanel />);
    expect(plain(lastOption('Overview chart'))).toEqual(
      plain(overviewOption(result(), lightTheme)),
    );
    const drawn = (lastOption('Overview chart') as { series: LineSeriesOption[] }).series;
    const lines = drawn.filter((s) => s.id !== 'high-load');
    expect(lines).toHaveLength(10);
    // Named by the label that tells them apart, highest mean first.
    expect(new Set(lines.map((l) => l.name))).toEqual(new Set(HOSTS));
    expect(lines.map((l) => l.name)).toEqual(result().stats.map((s) => s.name));
    for (const line of lines) expect(line.data).toHaveLength(24);
    const marks = drawn.find((s) => s.id === 'high-load');
    expect(marks?.markArea?.data).toHaveLength(result().periodsX.length);
    setPrefersDark(true);
    await waitFor(() =>
      expect(plain(lastOption('Overview chart'))).toEqual(
        plain(overviewOption(result(), darkTheme)),
      ),
    );
  });

  it('tabulates each line drawn with its mean, max and last value in the unit', async () => {
    await renderWithStore(<OverviewPanel />);
    const { stats } = result();
    expect(stats).toHaveLength(10);
    expect(legendRows()).toEqual(
      stats.map((s) => [
        s.name,
        formatValue(s.mean, '%'),
        formatValue(s.max, '%'),
        formatValue(s.last, '%'),
      ]),
    );
    const means = stats.map((s) => s.mean);
    expect(means).toEqual([...means].sort((a, b) => b - a));
  });

  it('draws at most the number chosen, the highest by mean or max, and says how many are hidden', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    expect(note()).not.toMatch(/not drawn/);
    const everyMax = result().stats.map((s) => s.max);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Draw at most' }), '5');
    await waitFor(() => expect(result().lines).toHaveLength(5));
    expect(result().hidden).toBe(5);
    expect(legendRows()).toHaveLength(5);
    expect(note()).toContain('5 more series not drawn: the 5 highest by mean are shown.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Highest by' }), 'max');
    await waitFor(() => expect(note()).toContain('the 5 highest by max are shown.'));
    const top5 = [...everyMax].sort((a, b) => b - a).slice(0, 5);
    expect(result().stats.map((s) => s.max)).toEqual(top5);
  });

  it('moving the high-load line recomputes the high-load periods', async () => {
    await renderWithStore(<OverviewPanel />);
    const slider = screen.getByRole('slider', { name: 'High-load line' });
    expect(slider).toHaveValue('80');
    expect(note()).toContain('High-load line: 80 % (the seed’s CPU line).');
    fireEvent.change(slider, { target: { value: '100' } });
    expect(within(region('Overview')).getByRole('status')).toHaveTextContent('100 %');
    await waitFor(() => expect(result().summary.highLoad).toBe(100));
    expect(statCard(region('Overview'), 'High-load periods')).toBe('0 (0 points)');
    expect(note()).not.toContain('High-load line:');
  });

  it('switching to one series recomputes the statistics for it, without list controls or legend table', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    await user.selectOptions(seriesPicker(), 'latency p99 (ms)');
    await waitFor(() => expect(statCard(region('Overview'), 'Mean')).toMatch(/ms$/));
    expect(result().lines.map((l) => l.name)).toEqual(['latency p99 (ms)']);
    expect(statCard(region('Overview'), 'Mean')).toBe(formatValue(result().summary.mean, 'ms'));
    expect(screen.queryByRole('combobox', { name: 'Draw at most' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Highest by' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Series drawn' })).toBeNull();
  });

  it('gives the high-load line in the series’ own unit, from its 95th percentile, over a range scaled to its peak', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    const slider = screen.getByRole('slider', { name: 'High-load line' });
    expect(slider).toHaveAttribute('max', '100');
    await user.selectOptions(seriesPicker(), 'latency p99 (ms)');
    await waitFor(() => expect(result().unit).toBe('ms'));
    const { summary } = result();
    const controls = within(region('Overview')).getByRole('status');
    expect(controls).toHaveTextContent(formatValue(summary.highLoad, 'ms'));
    expect(controls).not.toHaveTextContent('%');
    expect(note()).toContain('High-load line: the 95th percentile of the samples drawn.');
    // About one sample in twenty is over the 95th percentile.
    expect(summary.highLoadCount).toBe(Math.round(summary.count * 0.05));
    expect(Number(slider.getAttribute('max'))).toBeGreaterThanOrEqual(summary.peak);
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    await waitFor(() =>
      expect(statCard(region('Overview'), 'High-load periods')).toBe('0 (0 points)'),
    );
  });

  it('says it needs a series when none of those asked for is loaded', async () => {
    await renderWithStore(<OverviewPanel />);
    act(() => setParams('overview', { series: ['nope'] }));
    await waitFor(() =>
      expect(region('Overview')).toHaveTextContent('This panel needs at least one series.'),
    );
    expect(screen.getByRole('option', { name: '1 series chosen' })).toHaveProperty(
      'selected',
      true,
    );
    expect(screen.queryByText('Mean', { selector: 'dt' })).toBeNull();
  });

  it('adds a series the filter finds beyond the first MAX_LISTED: the set, the result and the select follow', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Draw at most' }), '20');
    // The hosts' cpu are in the set already, so not offered; the prompt, then MAX_LISTED others.
    expect(addOptions()).toHaveLength(MAX_LISTED + 1);
    expect(addOptions()).not.toContain(cpuOf('web-01'));
    expect(addOptions()).not.toContain('memory (fleet p95)');
    expect(addButton()).toBeDisabled();
    await user.type(
      screen.getByRole('searchbox', { name: 'Filter series to add' }),
      'fleet p95 memory',
    );
    await waitFor(() => expect(addOptions()).toEqual(['', 'memory (fleet p95)']));
    await user.selectOptions(addPicker(), 'memory (fleet p95)');
    await user.click(addButton());
    expect(params().series).toEqual([...HOSTS.map(cpuOf), 'memory (fleet p95)']);
    await waitFor(() => expect(result().lines).toHaveLength(11));
    expect(legendRows()).toHaveLength(11);
    expect(screen.getByRole('option', { name: '11 series chosen' })).toHaveProperty(
      'selected',
      true,
    );
    expect(screen.getByRole('button', { name: 'Remove memory (fleet p95)' })).toBeVisible();
    // Added once: the picker no longer offers it and waits, focused, for the next one.
    expect(addPicker()).toHaveValue('');
    expect(addPicker()).toHaveFocus();
    expect(addOptions()).toEqual(['']);
    expect(addButton()).toBeDisabled();
  });

  it('takes a series in another unit into the set but draws only the first series’ unit, and says so', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    await user.selectOptions(addPicker(), 'latency p99 (ms)');
    await user.click(addButton());
    expect(params().series).toHaveLength(11);
    await waitFor(() => expect(result().otherUnits).toBe(1));
    expect(result().unit).toBe('%');
    expect(result().lines).toHaveLength(10);
    expect(note()).toContain('1 series in units other than % left out.');
  });

  it('removing a chip removes its series from the set and the result, and focuses the next chip', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    await user.click(screen.getByRole('button', { name: `Remove ${cpuOf('web-03')}` }));
    expect(params().series).toEqual(HOSTS.filter((h) => h !== 'web-03').map(cpuOf));
    await waitFor(() => expect(result().lines).toHaveLength(9));
    expect(legendRows().map(([name]) => name)).not.toContain('web-03');
    expect(screen.getByRole('option', { name: '9 series chosen' })).toHaveProperty(
      'selected',
      true,
    );
    expect(screen.getByRole('button', { name: `Remove ${cpuOf('web-04')}` })).toHaveFocus();
    // Back in the picker to be added again.
    expect(addOptions()).toContain(cpuOf('web-03'));
  });

  it('Clear leaves the panel saying what it needs, "No series chosen" selected and focused; a preset refills it', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    await user.click(within(region('Overview')).getByRole('button', { name: 'Clear' }));
    expect(params().series).toEqual([]);
    await waitFor(() =>
      expect(region('Overview')).toHaveTextContent('This panel needs at least one series.'),
    );
    expect(screen.getByRole('option', { name: 'No series chosen' })).toHaveProperty(
      'selected',
      true,
    );
    expect(seriesPicker()).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Chosen series' })).toBeNull();
    expect(screen.queryByText('Mean', { selector: 'dt' })).toBeNull();
    await user.selectOptions(seriesPicker(), 'cpu by host: 10 series');
    await waitFor(() => expect(result().lines).toHaveLength(10));
    expect(
      within(screen.getByRole('list', { name: 'Chosen series' })).getAllByRole('button'),
    ).toHaveLength(10);
  });

  it('keeps a high-load line moved by hand while the set stays in its unit; a set in a new unit starts from its own rule', async () => {
    const { user } = await renderWithStore(<OverviewPanel />);
    fireEvent.change(screen.getByRole('slider', { name: 'High-load line' }), {
      target: { value: '90' },
    });
    await user.selectOptions(addPicker(), 'memory %');
    await user.click(addButton());
    expect(params().highLoad).toBe(90);
    await waitFor(() => expect(result().stats.map((s) => s.name)).toContain('memory %'));
    expect(result().summary.highLoad).toBe(90);
    await user.click(within(region('Overview')).getByRole('button', { name: 'Clear' }));
    expect(params().highLoad).toBeUndefined();
    await user.selectOptions(addPicker(), 'latency p99 (ms)');
    await user.click(addButton());
    await waitFor(() => expect(result().unit).toBe('ms'));
    expect(note()).toContain('High-load line: the 95th percentile of the samples drawn.');
  });
});
