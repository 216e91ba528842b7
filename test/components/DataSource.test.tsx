// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataSource } from '../../src/components/DataSource';
import { store } from '../../src/store/store';
import { renderWithStore } from './renderWithStore';

describe('DataSource', () => {
  it('says nothing is loaded before a data set is', () => {
    render(<DataSource />);
    expect(screen.getByText('No data loaded')).toBeVisible();
  });

  it('gives the catalogue label, its series count and their samples in total', async () => {
    await renderWithStore(<DataSource />);
    expect(
      screen.getByText('Simulated demo (small, seed 42) · 8 series · 16,910 samples'),
    ).toBeVisible();
  });

  it('says the data is being generated while it is', async () => {
    await renderWithStore(<DataSource />);
    act(() => store.setState({ status: 'loading' }));
    expect(screen.getByText('Generating the simulated data…')).toBeVisible();
  });
});
