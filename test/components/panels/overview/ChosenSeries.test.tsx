// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MAX_LISTED } from '../../../../src/components/panels/common/SeriesPicker';
import { ChosenSeries } from '../../../../src/components/panels/overview/ChosenSeries';
import '../../renderWithStore';

const WEB_CPU = 'cpu{host="web-01"}';
const DB_MEMORY = 'memory{host="db-03"}';
const LATENCY = 'latency p99 (ms)';

/** ChosenSeries over a set it changes, as the panel's store does, with spies on both callbacks. */
function renderSet(initial: readonly string[]) {
  const onChange = vi.fn();
  const focusWhenEmpty = vi.fn();
  function Owner() {
    const [series, setSeries] = useState(initial);
    return (
      <ChosenSeries
        series={series}
        onChange={(next) => {
          onChange(next);
          setSeries(next);
        }}
        focusWhenEmpty={focusWhenEmpty}
      />
    );
  }
  return { ...render(<Owner />), user: userEvent.setup(), onChange, focusWhenEmpty };
}

/** The chips' accessible names, in order. */
const chips = () =>
  within(screen.getByRole('list', { name: 'Chosen series' }))
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label'));

describe('ChosenSeries', () => {
  it('lists the set in order, each a button named "Remove <series>" that reports the set without it', async () => {
    const { user, onChange } = renderSet([WEB_CPU, DB_MEMORY, LATENCY]);
    expect(chips()).toEqual([`Remove ${WEB_CPU}`, `Remove ${DB_MEMORY}`, `Remove ${LATENCY}`]);
    // The name shows; the cross is drawn, not read.
    expect(screen.getByRole('button', { name: `Remove ${WEB_CPU}` })).toHaveTextContent(
      `${WEB_CPU} ×`,
    );
    await user.click(screen.getByRole('button', { name: `Remove ${DB_MEMORY}` }));
    expect(onChange).toHaveBeenLastCalledWith([WEB_CPU, LATENCY]);
    expect(chips()).toEqual([`Remove ${WEB_CPU}`, `Remove ${LATENCY}`]);
  });

  it('keeps the keyboard in the list: the next chip takes the focus, else the previous, else focusWhenEmpty', async () => {
    const { user, focusWhenEmpty } = renderSet([WEB_CPU, DB_MEMORY, LATENCY]);
    screen.getByRole('button', { name: `Remove ${DB_MEMORY}` }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: `Remove ${LATENCY}` })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: `Remove ${WEB_CPU}` })).toHaveFocus();
    expect(focusWhenEmpty).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(focusWhenEmpty).toHaveBeenCalledTimes(1);
  });

  it('Clear reports an empty set and hands the focus on; an empty set shows nothing', async () => {
    const { user, onChange, focusWhenEmpty, container } = renderSet([WEB_CPU, LATENCY]);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(focusWhenEmpty).toHaveBeenCalledTimes(1);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists the first MAX_LISTED of a long set until "Show all", a toggle', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `cpu{host="h${i}"}`);
    const { user } = renderSet(many);
    expect(chips()).toHaveLength(MAX_LISTED);
    const toggle = screen.getByRole('button', { name: 'Show all 60' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(chips()).toHaveLength(60);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent(`Show the first ${MAX_LISTED}`);
    await user.click(toggle);
    expect(chips()).toHaveLength(MAX_LISTED);
  });

  it('has no "Show all" for MAX_LISTED series or fewer', () => {
    renderSet(Array.from({ length: MAX_LISTED }, (_, i) => `s${i}`));
    expect(chips()).toHaveLength(MAX_LISTED);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('renders a malicious series name as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    renderSet([evil]);
    expect(screen.getByRole('button', { name: `Remove ${evil}` })).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });
});
