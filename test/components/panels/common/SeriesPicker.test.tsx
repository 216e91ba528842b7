// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SeriesPicker } from '../../../../src/components/panels/common/SeriesPicker';
import { store } from '../../../../src/store/store';
import { renderWithStore } from '../../renderWithStore';

describe('SeriesPicker', () => {
  it('lists every loaded series with its length and unit, the current one selected', async () => {
    await renderWithStore(<SeriesPicker value="storage used (GB)" onChange={() => {}} />);
    const picker = screen.getByRole('combobox', { name: 'Series' });
    const options = within(picker).getAllByRole('option');
    expect(options).toHaveLength(8);
    expect(options[0]).toHaveTextContent('cpu % (seed hour) — 60 points, %');
    expect(screen.getByRole('option', { name: /storage used/ })).toHaveTextContent(
      'storage used (GB) — 90 points, GB',
    );
    expect(picker).toHaveValue('storage used (GB)');
  });

  it('reports the picked series with its catalogue entry', async () => {
    const onChange = vi.fn();
    const { user } = await renderWithStore(<SeriesPicker value="cpu %" onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'memory %');
    expect(onChange).toHaveBeenCalledWith({
      name: 'memory %',
      length: 1440,
      unit: '%',
      timed: true,
      missing: 0,
    });
  });

  it('names no unit for a series without one (no dangling comma)', async () => {
    await renderWithStore(<SeriesPicker value="value" onChange={() => {}} />);
    act(() =>
      store.setState((s) => ({
        catalogue: {
          ...s.catalogue!,
          series: [{ name: 'value', length: 4032, unit: '', timed: true, missing: 0 }],
        },
      })),
    );
    expect(screen.getByRole('option').textContent).toBe('value — 4,032 points');
  });

  it('renders a malicious series name as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await renderWithStore(<SeriesPicker value={evil} onChange={() => {}} />);
    act(() =>
      store.setState((s) => ({
        catalogue: {
          ...s.catalogue!,
          series: [{ name: evil, length: 3, unit: 'ms', timed: false, missing: 0 }],
        },
      })),
    );
    expect(screen.getByRole('option')).toHaveTextContent(`${evil} — 3 points, ms`);
    expect(document.querySelector('img')).toBeNull();
  });
});
