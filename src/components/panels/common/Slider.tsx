import { useId } from 'react';

/** Props of Slider. */
export interface SliderProps {
  label: string;
  /** The value as the store holds it. */
  value: number;
  /** The slider's range and step, in shown units (value * scale). */
  min: number;
  max: number;
  step?: number;
  /** Shown units per stored unit: 100 shows a stored fraction as a percentage. */
  scale?: number;
  /** How the shown value reads next to the slider (default: as is). */
  format?: (shown: number) => string;
  /** Called with the new stored value on every input event while the slider moves. */
  onChange: (value: number) => void;
}

/** A labelled range input with its current value shown in an <output> beside it. */
export function Slider({
  label,
  value,
  min,
  max,
  step = 1,
  scale = 1,
  format = String,
  onChange,
}: SliderProps) {
  const id = useId();
  const shown = value * scale;
  return (
    <div className="slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={shown}
        onChange={(event) => onChange(event.currentTarget.valueAsNumber / scale)}
      />
      <output htmlFor={id}>{format(shown)}</output>
    </div>
  );
}
