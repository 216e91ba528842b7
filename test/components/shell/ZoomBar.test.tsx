// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ZoomBar } from '../../../src/components/shell/ZoomBar';
import { setTimeZone, setZoom } from '../../../src/store/settings';
import { store } from '../../../src/store/state';
import { inTimeZone } from '../../charts/inTimeZone';
import '../renderWithStore';

const RANGE = { start: Date.UTC(2026, 0, 1, 3, 0), end: Date.UTC(2026, 0, 1, 9, 30) };
const reset = () => screen.queryByRole('button', { name: 'Reset zoom' });

describe('ZoomBar', () => {
  inTimeZone('America/New_York');
  afterEach(() => setTimeZone('utc'));

  it('shows nothing while no range is zoomed', () => {
    render(<ZoomBar />);
    expect(reset()).toBeNull();
    expect(screen.queryByRole('group', { name: 'Zoom' })).toBeNull();
  });

  it('while zoomed, states the range in the display time zone and describes the reset with it', () => {
    render(<ZoomBar />);
    act(() => setZoom(RANGE));
    expect(screen.getByRole('group', { name: 'Zoom' })).toHaveTextContent(
      'Time-series panels zoomed to 2026-01-01 03:00 – 09:30 UTC',
    );
    expect(reset()).toHaveAccessibleDescription(
      'Time-series panels zoomed to 2026-01-01 03:00 – 09:30 UTC',
    );
    act(() => setTimeZone('local'));
    expect(screen.getByRole('group', { name: 'Zoom' })).toHaveTextContent(
      'Time-series panels zoomed to 2025-12-31 22:00 – 2026-01-01 04:30',
    );
  });

  it('Reset zoom, reached with Tab and pressed with Enter, shows the whole series again', async () => {
    const user = userEvent.setup();
    render(<ZoomBar />);
    act(() => setZoom(RANGE));
    await user.tab();
    expect(reset()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().zoom).toBeNull();
    expect(reset()).toBeNull();
  });
});
