// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Panel } from '../../../../src/components/panels/common/Panel';
import { store } from '../../../../src/store/state';
import type { AnalysisResult } from '../../../../src/worker/analyses';
import '../../renderWithStore';

const renderPanel = () =>
  render(
    <Panel panel="sla" subtitle="Response times against the target">
      <p>content</p>
    </Panel>,
  );

describe('Panel', () => {
  it('is a region named by its visible <h2>, with its subtitle and content', () => {
    renderPanel();
    const region = screen.getByRole('region', { name: 'SLA & Apdex' });
    expect(region.tagName).toBe('SECTION');
    expect(screen.getByRole('heading', { level: 2, name: 'SLA & Apdex' })).toBeVisible();
    expect(region).toHaveTextContent('Response times against the target');
    expect(region).toHaveTextContent('content');
  });

  it('says "computing…" while its analysis runs, then how long the answer took, and in a tooltip how much of it the worker computed', () => {
    renderPanel();
    act(() => store.setState({ pending: { sla: true } }));
    const region = screen.getByRole('region', { name: 'SLA & Apdex' });
    expect(region).toHaveTextContent('computing…');
    expect(region).toHaveAttribute('aria-busy', 'true');
    act(() =>
      store.setState({
        pending: { sla: false },
        timings: { sla: { answeredMs: 12.4, computeMs: 3.24 } },
      }),
    );
    expect(region).not.toHaveTextContent('computing…');
    expect(region).toHaveTextContent('12 ms');
    expect(within(region).getByText('12 ms')).toHaveAttribute(
      'title',
      'Answered 12 ms after it was asked for, 3 ms of which computing in the worker',
    );
  });

  it("shows its analysis error inline as an alert, and no other panel's", () => {
    renderPanel();
    act(() => store.setState({ errors: { overview: 'not this one' } }));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => store.setState({ errors: { sla: 'series: no series named "x" is loaded' } }));
    expect(screen.getByRole('alert')).toHaveTextContent('no series named "x" is loaded');
  });

  it('says in a status line what its data lacks when its analysis answers with Needs, and no other panel’s', () => {
    renderPanel();
    const region = screen.getByRole('region', { name: 'SLA & Apdex' });
    act(() =>
      store.setState({ results: { overview: { needs: 'This panel needs a timed series.' } } }),
    );
    expect(within(region).queryByRole('status')).toBeNull();
    act(() =>
      store.setState({
        results: { sla: { needs: 'This panel needs a latency series (ms or s).' } },
      }),
    );
    expect(within(region).getByRole('status')).toHaveTextContent(
      'This panel needs a latency series (ms or s).',
    );
    expect(region).toHaveTextContent('content');
  });

  it('drops the Needs line once its analysis answers with numbers', () => {
    renderPanel();
    const region = screen.getByRole('region', { name: 'SLA & Apdex' });
    act(() =>
      store.setState({ results: { sla: { needs: 'This panel needs a latency series.' } } }),
    );
    expect(within(region).getByRole('status')).toBeInTheDocument();
    // The Panel reads only whether the result is a Needs: any other object stands for numbers.
    const numbers = {} as AnalysisResult<'sla'>;
    act(() => store.setState({ results: { sla: numbers } }));
    expect(within(region).queryByRole('status')).toBeNull();
  });

  it('renders a malicious subtitle as text, never as markup', () => {
    render(
      <Panel panel="overview" subtitle="<img src=x onerror=alert(1)>">
        {null}
      </Panel>,
    );
    expect(screen.getByRole('region', { name: 'Overview' })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
  });
});
