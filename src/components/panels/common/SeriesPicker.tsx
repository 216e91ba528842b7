import { useId } from 'react';
import { formatCount } from '../../../charts/formatNumber';
import { useMetricscope } from '../../../store/store';
import type { Catalogue } from '../../../worker/workspace';

/** One series of the loaded data set, as the catalogue describes it. */
export type CatalogueSeries = Catalogue['series'][number];

const NO_SERIES: readonly CatalogueSeries[] = [];

/** Props of SeriesPicker. */
export interface SeriesPickerProps {
  value: string;
  onChange: (series: CatalogueSeries) => void;
}

/** A <select> labelled "Series" over the loaded series, each shown with its length and unit. */
export function SeriesPicker({ value, onChange }: SeriesPickerProps) {
  const id = useId();
  const series = useMetricscope((s) => s.catalogue?.series ?? NO_SERIES);
  return (
    <div className="field">
      <label htmlFor={id}>Series</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(series[event.currentTarget.selectedIndex])}
      >
        {series.map((s) => (
          <option key={s.name} value={s.name}>
            {`${s.name} — ${formatCount(s.length)} points${s.unit === '' ? '' : `, ${s.unit}`}`}
          </option>
        ))}
      </select>
    </div>
  );
}
