// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatCards } from '../../../../src/components/panels/common/StatCards';
import '../../renderWithStore';

describe('StatCards', () => {
  it('renders each figure as a <dt> label and a <dd> value in one <dl>', () => {
    render(
      <StatCards
        stats={[
          { label: 'Mean', value: '41.2 %' },
          { label: 'Peak', value: '97.0 %', alert: true },
        ]}
      />,
    );
    const terms = screen.getAllByRole('term');
    const values = screen.getAllByRole('definition');
    expect(terms.map((t) => t.textContent)).toEqual(['Mean', 'Peak']);
    expect(values.map((v) => v.textContent)).toEqual(['41.2 %', '97.0 %']);
    expect(terms[0].closest('dl')).toBe(terms[1].closest('dl'));
  });

  it('marks a figure that needs attention', () => {
    render(<StatCards stats={[{ label: 'Balanced', value: 'no', alert: true }]} />);
    const card = screen.getByRole('term').parentElement!;
    expect(card).toHaveClass('stat-card-alert');
    expect(within(card).getByRole('definition')).toHaveTextContent('no');
  });
});
