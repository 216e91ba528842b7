import type { AnomalyView } from '../../analysis/views/anomalyView';
import { csvText, isoTime, withUnit, type CsvCell } from './csvText';

/**
 * The Anomalies panel's table as CSV, one row per listed anomaly, strongest first (the same rows
 * as the table): its time (ISO-8601 UTC, on a timed series), sample index, kind (spike, dip,
 * levelShift), why in words, value and expected value in the series' unit, deviation in σ and
 * anomaly score.
 * @example anomaliesCsv(view).split('\r\n')[0] // 'time,index,kind,why,value (ms),expected (ms),deviation (σ),score'
 */
export function anomaliesCsv(view: AnomalyView): string {
  const { unit, xKind } = view.series;
  const timed = xKind === 'time';
  const header = [
    ...(timed ? ['time'] : []),
    'index',
    'kind',
    'why',
    withUnit('value', unit),
    withUnit('expected', unit),
    'deviation (σ)',
    'score',
  ];
  const rows = view.rows.map((row): CsvCell[] => [
    ...(timed ? [isoTime(row.x)] : []),
    row.index,
    row.kind,
    row.words,
    row.value,
    row.expected,
    row.deviation,
    row.score,
  ]);
  return csvText(header, rows);
}
