// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Slider } from '../../../../src/components/panels/common/Slider';
import '../../renderWithStore';

describe('Slider', () => {
  it('is a range input named by its visible label, with its value shown in an <output>', () => {
    render(
      <Slider
        label="Forecast days"
        value={30}
        min={7}
        max={365}
        format={(d) => `${d} days`}
        onChange={() => {}}
      />,
    );
    const slider = screen.getByRole('slider', { name: 'Forecast days' });
    expect(slider).toHaveAttribute('type', 'range');
    expect(slider).toHaveAttribute('min', '7');
    expect(slider).toHaveAttribute('max', '365');
    expect(slider).toHaveValue('30');
    expect(screen.getByRole('status')).toHaveTextContent('30 days');
  });

  it('calls onChange with the new value on every input event', () => {
    const onChange = vi.fn();
    render(<Slider label="Window" value={10} min={3} max={200} onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Window' });
    fireEvent.change(slider, { target: { value: '11' } });
    fireEvent.change(slider, { target: { value: '12' } });
    expect(onChange.mock.calls).toEqual([[11], [12]]);
  });

  it('shows a stored fraction in percent with scale 100 and reports the fraction back', () => {
    const onChange = vi.fn();
    render(
      <Slider
        label="Buffer"
        value={0.2}
        scale={100}
        min={0}
        max={100}
        format={(p) => `${p.toFixed(0)} %`}
        onChange={onChange}
      />,
    );
    const slider = screen.getByRole('slider', { name: 'Buffer' });
    expect(slider).toHaveValue('20');
    expect(screen.getByRole('status')).toHaveTextContent('20 %');
    fireEvent.change(slider, { target: { value: '35' } });
    expect(onChange).toHaveBeenCalledWith(0.35);
  });
});
