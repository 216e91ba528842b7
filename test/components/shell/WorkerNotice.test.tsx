// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerNotice } from '../../../src/components/shell/WorkerNotice';
import { resetStore, store } from '../../../src/store/state';
import { MALICIOUS } from '../files';

afterEach(() => {
  cleanup();
  resetStore();
});

describe('WorkerNotice', () => {
  it('shows nothing while the worker has not stopped', () => {
    render(<WorkerNotice />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what happened to the worker as an alert, until dismissed', async () => {
    const text =
      'The analysis worker stopped (out of memory while reading files). It was restarted and m.csv reloaded, every setting kept.';
    store.setState({ workerNotice: text });
    render(<WorkerNotice />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(text);
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().workerNotice).toBeNull();
  });

  it("shows a file's name in the notice as text, never as markup", () => {
    store.setState({ workerNotice: `It was restarted and ${MALICIOUS} reloaded.` });
    const { container } = render(<WorkerNotice />);
    expect(screen.getByRole('alert')).toHaveTextContent(MALICIOUS);
    expect(container.querySelector('img')).toBeNull();
  });
});
