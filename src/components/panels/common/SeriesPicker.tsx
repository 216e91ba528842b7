import { useDeferredValue, useId, useMemo, useState, type Ref } from 'react';
import { formatCount } from '../../../charts/formatNumber';
import { useMetricscope } from '../../../store/state';
import type { Catalogue } from '../../../worker/workspace';
import { seriesGroups } from './seriesGroups';

/** One series of the loaded data set, as the catalogue describes it. */
export type CatalogueSeries = Catalogue['series'][number];

const NO_SERIES: readonly CatalogueSeries[] = [];

/** Above this many series the picker offers a filter box. */
const FILTER_FROM = 20;

/** At most this many matching series are listed at once; the filter finds the others. */
export const MAX_LISTED = 20;

/** Props of SeriesPicker. */
export interface SeriesPickerProps {
  /** The picked series' name, or null when none is picked yet. */
  value: string | null;
  onChange: (series: CatalogueSeries) => void;
  /** The field's label (default "Series"). */
  label?: string;
  /** The filter box's label (default "Filter " and the field's label in lower case). */
  filterLabel?: string;
  /** Series not to list, e.g. those a set holds already (default none). */
  omit?: ReadonlySet<string>;
  /** The <select>, e.g. to give it the focus back. */
  ref?: Ref<HTMLSelectElement>;
}

/** An option's text: the name, its length and its unit. */
const describe = (s: CatalogueSeries) =>
  `${s.name} — ${formatCount(s.length)} points${s.unit === '' ? '' : `, ${s.unit}`}`;

/**
 * A <select> over the loaded series grouped by metric (unless every metric has one series), each
 * shown with its length and unit; with many series, a filter box above it narrows the list to names
 * containing every word typed, and at most MAX_LISTED are listed (the box says how many match; the
 * picked series always stays listed). With nothing picked, it says so in a first, empty option.
 * Series in `omit` are neither listed nor counted.
 */
export function SeriesPicker({
  value,
  onChange,
  label = 'Series',
  filterLabel = `Filter ${label.toLowerCase()}`,
  omit,
  ref,
}: SeriesPickerProps) {
  const id = useId();
  const filterId = useId();
  const loaded = useMetricscope((s) => s.catalogue?.series ?? NO_SERIES);
  const series = useMemo(
    () => (omit === undefined ? loaded : loaded.filter((s) => !omit.has(s.name))),
    [loaded, omit],
  );
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  const { groups, matched } = useMemo(
    () => seriesGroups(series, deferred, MAX_LISTED),
    [series, deferred],
  );
  const picked = series.find((s) => s.name === value);
  const listed = groups.some((g) => g.series.some((s) => s.name === value));
  const byName = useMemo(() => new Map(series.map((s) => [s.name, s])), [series]);
  // Groups of one series each (a wide file's columns) say nothing an option does not.
  const flat = groups.every((g) => g.series.length === 1);
  return (
    <div className="field">
      {series.length > FILTER_FROM && (
        <>
          <label htmlFor={filterId} className="visually-hidden">
            {filterLabel}
          </label>
          <input
            id={filterId}
            type="search"
            placeholder={`Filter ${formatCount(series.length)} series`}
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
          />
          {matched > MAX_LISTED && (
            <span className="panel-note">{`${formatCount(MAX_LISTED)} of ${formatCount(matched)} listed: type to narrow`}</span>
          )}
        </>
      )}
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={ref}
        value={value ?? ''}
        onChange={(event) => {
          const next = byName.get(event.currentTarget.value);
          if (next) onChange(next);
        }}
      >
        {value === null && <option value="">— pick a series —</option>}
        {picked && !listed && <option value={picked.name}>{describe(picked)}</option>}
        {groups.map((group) =>
          flat ? (
            group.series.map((s) => (
              <option key={s.name} value={s.name}>
                {describe(s)}
              </option>
            ))
          ) : (
            <optgroup
              key={group.metric}
              label={group.metric === '' ? '(no metric name)' : group.metric}
            >
              {group.series.map((s) => (
                <option key={s.name} value={s.name}>
                  {describe(s)}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    </div>
  );
}
