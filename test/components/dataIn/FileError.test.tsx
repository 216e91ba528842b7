// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../../src/components/dataIn/FileError';
import { loadFile } from '../../../src/store/loading';
import { store } from '../../../src/store/state';
import { renderWithStore } from '../renderWithStore';

describe('FileError', () => {
  it('says in one message why a file could not be read, over the data set still shown', async () => {
    await renderWithStore(<FileError />);
    const before = store.getState().catalogue;
    expect(screen.queryByRole('alert')).toBeNull();
    await act(() => loadFile('', 'empty.csv'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not read empty.csv. The file is empty.',
    );
    expect(store.getState().catalogue).toBe(before);
  });

  it('Dismiss clears the message', async () => {
    const { user } = await renderWithStore(<FileError />);
    await act(() => loadFile('', 'empty.csv'));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().loadError).toBeNull();
  });

  it('leaves a failed demo load to LoadingState, which replaces the panels', async () => {
    await renderWithStore(<FileError />);
    act(() => store.setState({ status: 'error', loadError: 'The worker crashed.' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
