import { useId, useRef, useState } from 'react';
import { formatCount } from '../../../charts/formatNumber';
import { MAX_LISTED } from '../common/SeriesPicker';

/** Props of ChosenSeries. */
export interface ChosenSeriesProps {
  /** The names of the series in the set, in its order. */
  series: readonly string[];
  /** Called with the set without the series removed, or empty on Clear. */
  onChange: (series: string[]) => void;
  /** Takes the keyboard focus once no series is left to remove. */
  focusWhenEmpty: () => void;
}

/**
 * The series of a set, each a button that removes it ("Remove cpu{host="web-01"}"), and Clear.
 * At most MAX_LISTED are listed until "Show all" (a metric group may hold thousands). Removing
 * one moves the focus to the next (else the previous) so the keyboard stays in the list.
 */
export function ChosenSeries({ series, onChange, focusWhenEmpty }: ChosenSeriesProps) {
  const labelId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [showAll, setShowAll] = useState(false);
  if (series.length === 0) return null;
  const shown = showAll ? series : series.slice(0, MAX_LISTED);
  const remove = (at: number) => {
    const buttons = list.current?.querySelectorAll('button');
    // The neighbour's button stays mounted (keyed by name), so it can take the focus now.
    const neighbour = buttons?.[at + 1] ?? buttons?.[at - 1];
    onChange(series.filter((_, i) => i !== at));
    if (neighbour) neighbour.focus();
    else focusWhenEmpty();
  };
  return (
    <div className="chosen-series">
      <span id={labelId} className="chosen-series-label">
        Chosen series
      </span>
      <ul ref={list} aria-labelledby={labelId}>
        {shown.map((name, i) => (
          <li key={name}>
            <button
              type="button"
              className="chip"
              aria-label={`Remove ${name}`}
              onClick={() => remove(i)}
            >
              {name}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      {series.length > MAX_LISTED && (
        <button
          type="button"
          className="link"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? `Show the first ${MAX_LISTED}` : `Show all ${formatCount(series.length)}`}
        </button>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          onChange([]);
          focusWhenEmpty();
        }}
      >
        Clear
      </button>
    </div>
  );
}
