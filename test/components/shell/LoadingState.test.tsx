// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadingState } from '../../../src/components/shell/LoadingState';
import { setDemoOptions } from '../../../src/store/settings';
import { store } from '../../../src/store/state';
import '../renderWithStore';

describe('LoadingState', () => {
  it('announces the demo being generated with its size and seed', () => {
    setDemoOptions({ demoSize: 'large', demoSeed: 9 });
    render(<LoadingState />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Generating the simulated demo (large, seed 9)…',
    );
  });

  it('shows why loading failed as an alert', () => {
    render(<LoadingState />);
    act(() => store.setState({ status: 'error', loadError: 'out of memory' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the dataout of memory');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
