// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { darkTheme, lightTheme } from '../../../src/charts/theme';
import { ChartFrame } from '../../../src/components/chart/ChartFrame';
import { store } from '../../../src/store/state';
import { captureDownloads } from '../downloads';
import { chartExports, charts, FAKE_PNG_BYTES } from '../fakeEcharts';
import { setPrefersDark } from '../renderWithStore';

vi.mock('../../../src/components/chart/echarts', () => import('../fakeEcharts'));

const option = {
  series: [
    { type: 'line', data: [1, 2, 3] },
    { type: 'line', data: [4] },
  ],
};
const NOW = Date.UTC(2024, 2, 4, 23, 30);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  // jsdom lays nothing out: the chart's element is given the size a browser would.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const png = () => screen.getByRole('button', { name: 'Download Anomalies chart as PNG' });
const svg = () => screen.getByRole('button', { name: 'Download Anomalies chart as SVG' });

describe('ChartFrame', () => {
  it('draws the chart as EChart does, under a group of PNG and SVG buttons named after it', () => {
    render(<ChartFrame name="Anomalies chart" file="anomalies" option={option} />);
    expect(screen.getByRole('img', { name: /^Anomalies chart\b/ })).toHaveAttribute(
      'data-chart',
      'Anomalies chart',
    );
    expect(charts[0].options).toEqual([option]);
    const group = screen.getByRole('group', { name: 'Export Anomalies chart' });
    expect(group).toContainElement(png());
    expect(group).toContainElement(svg());
    expect(png()).toHaveTextContent('PNG');
    expect(svg()).toHaveTextContent('SVG');
  });

  it('PNG downloads what the chart shows on the theme background as metricscope-<file>-<date>.png', async () => {
    const downloads = captureDownloads();
    render(<ChartFrame name="Anomalies chart" file="anomalies" option={option} />);
    await userEvent.click(png());
    expect(chartExports).toEqual([
      { kind: 'png', chart: 'Anomalies chart', background: lightTheme.background },
    ]);
    expect(downloads.map((d) => d.fileName)).toEqual(['metricscope-anomalies-2024-03-04.png']);
    expect(downloads[0].blob.type).toBe('image/png');
    expect([...new Uint8Array(await downloads[0].blob.arrayBuffer())]).toEqual(FAKE_PNG_BYTES);
  });

  it('SVG downloads the same option drawn as SVG at the chart’s size, as metricscope-<file>-<date>.svg', async () => {
    const downloads = captureDownloads();
    render(<ChartFrame name="Anomalies chart" file="anomalies" option={option} />);
    await userEvent.click(svg());
    expect(chartExports).toEqual([
      { kind: 'svg', width: 640, height: 300, background: lightTheme.background, option },
    ]);
    expect(downloads.map((d) => d.fileName)).toEqual(['metricscope-anomalies-2024-03-04.svg']);
    expect(downloads[0].blob.type).toBe('image/svg+xml');
    expect(await downloads[0].blob.text()).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300" data-series="2"></svg>',
    );
  });

  it('is operable from the keyboard: Tab reaches PNG then SVG, Enter and Space download', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<ChartFrame name="Anomalies chart" file="anomalies" option={option} />);
    await user.tab();
    expect(png()).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(svg()).toHaveFocus();
    await user.keyboard(' ');
    expect(downloads.map((d) => d.fileName)).toEqual([
      'metricscope-anomalies-2024-03-04.png',
      'metricscope-anomalies-2024-03-04.svg',
    ]);
  });

  it('dates the file in the display time zone and exports on the dark background when it is dark', async () => {
    const downloads = captureDownloads();
    act(() => setPrefersDark(true));
    render(<ChartFrame name="Anomalies chart" file="anomalies" option={option} />);
    await userEvent.click(png());
    expect(chartExports[0]).toMatchObject({ background: darkTheme.background });
    act(() => store.setState({ timeZone: 'local' }));
    await userEvent.click(png());
    const localDate = new Date(NOW).toLocaleDateString('en-CA');
    expect(downloads.map((d) => d.fileName)).toEqual([
      'metricscope-anomalies-2024-03-04.png',
      `metricscope-anomalies-${localDate}.png`,
    ]);
  });

  it('keeps both buttons disabled until the chart has an option to draw', () => {
    const { rerender } = render(
      <ChartFrame name="Anomalies chart" file="anomalies" option={undefined} />,
    );
    expect(png()).toBeDisabled();
    expect(svg()).toBeDisabled();
    rerender(<ChartFrame name="Anomalies chart" file="anomalies" option={option} />);
    expect(png()).toBeEnabled();
    expect(svg()).toBeEnabled();
  });

  it('offers PNG only, saying why in its description and tooltip, when SVG would not be faithful', () => {
    const why = 'PNG only: the cells are one bitmap.';
    render(<ChartFrame name="Server farm heatmap" file="farm" option={option} pngOnly={why} />);
    const button = screen.getByRole('button', { name: 'Download Server farm heatmap as PNG' });
    expect(button).toHaveAccessibleDescription(why);
    expect(button).toHaveAttribute('title', why);
    expect(screen.queryByRole('button', { name: /as SVG$/ })).toBeNull();
  });
});
