import type { OverviewView } from '../../analysis/views/overviewView';
import { csvText, isoTime, withUnit, type CsvCell } from './csvText';

/**
 * The Overview panel's lines as CSV in long form, one row per point drawn: the series' name, its
 * time (ISO-8601 UTC) or sample index, and the value in the panel's unit; series one after another
 * in the legend's order. A time column when any line is timed, an index column when any is not
 * (both when the lines differ; the one that does not apply is empty). Long series come as drawn
 * (the min and max of each pixel column), not every sample.
 * @example overviewCsv(view).split('\r\n')[0] // 'series,time,value (%)'
 */
export function overviewCsv(view: OverviewView): string {
  const timed = view.lines.some((line) => line.xKind === 'time');
  const indexed = view.lines.some((line) => line.xKind === 'index');
  const header = [
    'series',
    ...(timed ? ['time'] : []),
    ...(indexed ? ['index'] : []),
    withUnit('value', view.unit),
  ];
  const rows = view.lines.flatMap((line) =>
    Array.from(line.x, (x, i): CsvCell[] => {
      const isTime = line.xKind === 'time';
      return [
        line.name,
        ...(timed ? [isTime ? isoTime(x) : null] : []),
        ...(indexed ? [isTime ? null : x] : []),
        line.y[i],
      ];
    }),
  );
  return csvText(header, rows);
}
