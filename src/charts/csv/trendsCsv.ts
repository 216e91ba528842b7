import type { TrendsView } from '../../analysis/views/trendsView';
import { csvText, type CsvCell } from './csvText';

/**
 * The Trends & correlation panel as CSV, one row per series: its name and unit, the least-squares
 * slope per sample and, on a timed series, per hour (in the series' unit), the direction (up or down
 * only when significant), p-value, r², the points fitted, then its correlation r with every series
 * of the matrix ('r with <name>' columns; none when there is no correlation).
 * @example trendsCsv(view).split('\r\n')[0] // 'series,unit,slope per sample,slope per hour,direction,p-value,r²,points,r with cpu,r with memory'
 */
export function trendsCsv(view: TrendsView): string {
  const names = view.correlation?.names ?? [];
  const column = new Map(names.map((name, i) => [name, i]));
  const header = [
    'series',
    'unit',
    'slope per sample',
    'slope per hour',
    'direction',
    'p-value',
    'r²',
    'points',
    ...names.map((name) => `r with ${name}`),
  ];
  const rows = view.trends.map(({ name, unit, trend }): CsvCell[] => {
    const row = column.get(name);
    return [
      name,
      unit,
      trend.unit === 'sample' ? trend.slope : null,
      trend.unit === 'ms' ? trend.slopePerHour : null,
      trend.direction,
      trend.pValue,
      trend.rSquared,
      trend.n,
      ...names.map((_, j) =>
        row === undefined ? null : view.correlation!.matrix[row * names.length + j],
      ),
    ];
  });
  return csvText(header, rows);
}
