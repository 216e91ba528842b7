// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrometheusResolution } from '../../../src/components/dataIn/PrometheusResolution';
import { setZoom } from '../../../src/store/settings';
import { resetStore, store } from '../../../src/store/state';

const DAY = 86_400;
const request = {
  baseUrl: 'http://h:9090',
  queries: ['up'],
  startSec: 0,
  endSec: 30 * DAY,
  stepSec: 60,
};
const resolution = { wantedStepSec: 60, stepSec: 300, series: 1000, budget: 1e7, chunks: 18 };

beforeEach(() => resetStore());
afterEach(cleanup);

describe('PrometheusResolution', () => {
  it('shows nothing for data that did not come from Prometheus', () => {
    const { container } = render(<PrometheusResolution />);
    expect(container).toBeEmptyDOMElement();
  });

  it('states the step fetched and why, and offers no refetch without a zoom', () => {
    render(<PrometheusResolution />);
    act(() => store.setState({ prometheus: request, prometheusResolution: resolution }));
    expect(
      screen.getByText(
        /^Step 5m: 1m samples would be 43,201,000 points, over the 10,000,000 budget\./,
      ),
    ).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Fetch this range at full resolution' }),
    ).toBeNull();
  });

  it('offers "Fetch this range at full resolution" while a part that fits a finer step is zoomed', () => {
    render(<PrometheusResolution />);
    act(() => store.setState({ prometheus: request, prometheusResolution: resolution }));
    act(() => setZoom({ start: DAY * 1000, end: 2 * DAY * 1000 }));
    expect(screen.getByText(/The zoomed range fits the budget at step 1m\./)).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Fetch this range at full resolution' }),
    ).toBeVisible();
    act(() => setZoom(null));
    expect(
      screen.queryByRole('button', { name: 'Fetch this range at full resolution' }),
    ).toBeNull();
  });
});
