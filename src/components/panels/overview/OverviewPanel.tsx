import { useId, useMemo, useRef, useState } from 'react';
import { formatCount, formatValue } from '../../../charts/formatNumber';
import { overviewOption } from '../../../charts/overviewOption';
import { OVERVIEW_TOP_CHOICES } from '../../../store/paramRanges';
import { setParams } from '../../../store/refresh';
import { setZoom } from '../../../store/settings';
import { useMetricscope } from '../../../store/state';
import { ChartFrame } from '../../chart/ChartFrame';
import { useZoomedOption } from '../../chart/useZoomedOption';
import { Panel } from '../common/Panel';
import type { Catalogue } from '../../../worker/workspace';
import { SeriesPicker } from '../common/SeriesPicker';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';
import { FiguresCover } from '../common/FiguresCover';
import { ChosenSeries } from './ChosenSeries';
import { choiceOf, overviewChoices } from './overviewChoices';
import { overviewStats } from './overviewStats';

const NOTHING: Pick<Catalogue, 'groups' | 'series'> = { groups: [], series: [] };

/**
 * The high-load slider's range in the series' own unit: 0-100 for a percentage, else 0 to 1.5
 * times the observed peak in about 100 round steps (0-100 until there is a peak to scale from).
 */
function highLoadRange(unit: string, peak: number | undefined) {
  if (unit === '%') return { min: 0, max: 100, step: 1 };
  const top = peak !== undefined && Number.isFinite(peak) && peak > 0 ? 1.5 * peak : 100;
  const step = 10 ** Math.floor(Math.log10(top / 100));
  return { min: 0, max: Math.ceil(top / step) * step, step };
}

/**
 * Overview, like a time-series panel: a set of series as lines with a legend that toggles them,
 * the top N by mean or max when there are many (and how many are hidden), their pooled mean, peak,
 * min and std, each line's own figures, and the periods when any is above the high-load line. The
 * set starts from every series of one metric (or one series); any loaded series can be added to
 * it through a searchable picker, and each removed again. Its chart zooms with the other
 * time-series panels, and its figures cover the zoomed range.
 */
export function OverviewPanel() {
  const pickId = useId();
  const pickRef = useRef<HTMLSelectElement>(null);
  const addRef = useRef<HTMLSelectElement>(null);
  const topId = useId();
  const rankId = useId();
  const params = usePanelParams('overview');
  const view = useResult('overview');
  const option = useZoomedOption(view, overviewOption);
  const catalogue = useMetricscope((s) => s.catalogue ?? NOTHING);
  const choices = useMemo(() => overviewChoices(catalogue), [catalogue]);
  const chosen = choiceOf(choices, params.series);
  const inSet = useMemo(() => new Set(params.series), [params.series]);
  const byName = useMemo(() => new Map(catalogue.series.map((s) => [s.name, s])), [catalogue]);
  const [pending, setPending] = useState<string | null>(null);
  // What the picker last offered, unless the set took it meanwhile or the data no longer has it.
  const toAdd = pending !== null && byName.has(pending) && !inSet.has(pending) ? pending : null;
  const unit = view?.unit ?? '';
  const line = params.highLoad ?? view?.summary.highLoad ?? 0;
  const range = highLoadRange(unit, view?.summary.peak);
  const pick = (value: string) => {
    const choice = [...choices.metrics, ...choices.single].find((c) => c.value === value);
    // A new set starts from its own high-load rule (its unit may differ).
    if (choice) setParams('overview', { series: [...choice.series], highLoad: undefined });
  };
  // The view draws the first series' unit: a set drawn in another unit starts from its own rule.
  const unitOf = (set: readonly string[]) => (set.length ? byName.get(set[0])?.unit : undefined);
  const edit = (series: string[]) =>
    setParams(
      'overview',
      unitOf(series) === unitOf(params.series) ? { series } : { series, highLoad: undefined },
    );
  const add = (name: string) => {
    edit([...params.series, name]);
    setPending(null);
    // The button is disabled until the next pick: the focus goes back to the picker.
    addRef.current?.focus();
  };
  return (
    <Panel panel="overview" wide>
      <div className="controls">
        <div className="field">
          <label htmlFor={pickId}>Series</label>
          <select
            id={pickId}
            ref={pickRef}
            value={chosen?.value ?? ''}
            onChange={(e) => pick(e.currentTarget.value)}
          >
            {chosen === null && (
              <option value="">
                {params.series.length === 0
                  ? 'No series chosen'
                  : `${formatCount(params.series.length)} series chosen`}
              </option>
            )}
            {choices.metrics.length > 0 && (
              <optgroup label="Every series of a metric">
                {choices.metrics.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="One series">
              {choices.single.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <SeriesPicker
          ref={addRef}
          label="Compare with"
          filterLabel="Filter series to add"
          value={toAdd}
          omit={inSet}
          onChange={(s) => setPending(s.name)}
        />
        <button
          type="button"
          disabled={toAdd === null}
          onClick={toAdd === null ? undefined : () => add(toAdd)}
        >
          Add
        </button>
        {params.series.length > 1 && (
          <>
            <div className="field">
              <label htmlFor={topId}>Draw at most</label>
              <select
                id={topId}
                value={params.top}
                onChange={(e) => setParams('overview', { top: Number(e.currentTarget.value) })}
              >
                {OVERVIEW_TOP_CHOICES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={rankId}>Highest by</label>
              <select
                id={rankId}
                value={params.rank}
                onChange={(e) =>
                  setParams('overview', { rank: e.currentTarget.value === 'max' ? 'max' : 'mean' })
                }
              >
                <option value="mean">mean</option>
                <option value="max">max</option>
              </select>
            </div>
          </>
        )}
        <Slider
          label="High-load line"
          value={line}
          min={Math.min(range.min, line)}
          max={Math.max(range.max, line)}
          step={range.step}
          format={(value) => formatValue(value, unit)}
          onChange={(highLoad) => setParams('overview', { highLoad })}
        />
      </div>
      <ChosenSeries
        series={params.series}
        onChange={edit}
        focusWhenEmpty={() => pickRef.current?.focus()}
      />
      {view && (
        <>
          <FiguresCover range={view.range} />
          <StatCards stats={overviewStats(view)} />
          <p className="panel-note">
            {[
              params.highLoad === undefined && `High-load line: ${view.highLoadRule}.`,
              view.hidden > 0 &&
                `${formatCount(view.hidden)} more series not drawn: the ${view.lines.length} highest by ${params.rank} are shown.`,
              view.otherUnits > 0 &&
                `${formatCount(view.otherUnits)} series in units other than ${unit || 'none'} left out.`,
              view.periodsNote,
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        </>
      )}
      <ChartFrame
        name="Overview chart"
        file="overview"
        description={view && `Lines drawn: ${view.lines.map((l) => l.name).join(', ')}.`}
        option={option}
        onZoom={setZoom}
      />
      {view && view.lines.length > 1 && (
        <table className="legend-table" aria-label="Series drawn">
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col">Mean</th>
              <th scope="col">Max</th>
              <th scope="col">Last</th>
            </tr>
          </thead>
          <tbody>
            {view.stats.map((s) => (
              <tr key={s.name}>
                <th scope="row">{s.name}</th>
                <td>{formatValue(s.mean, unit)}</td>
                <td>{formatValue(s.max, unit)}</td>
                <td>{formatValue(s.last, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
