import { formatCount } from '../../charts/formatNumber';
import { isDerived } from '../../model/labels';
import { useMetricscope } from '../../store/state';

/** '65 series', or '65 series + 9 derived' when Metricscope added fleet aggregates or rates. */
function seriesCount(series: readonly { labels: Readonly<Record<string, string>> }[]): string {
  const derived = series.filter((s) => isDerived(s.labels)).length;
  const own = `${formatCount(series.length - derived)} series`;
  return derived > 0 ? `${own} + ${formatCount(derived)} derived` : own;
}

/**
 * The data source: for the demo its label, series count and samples; for files their name, the
 * rows read from them (a long file's rows, not its time steps) and series count. The count is of
 * the data's own series, with those Metricscope derived (fleet aggregates, counters' rates) after
 * it, and samples are the data's own. When any series
 * has missing values, their total, with each series' count one click away. While the demo is
 * generated, says so.
 */
export function DataSource() {
  const catalogue = useMetricscope((s) => s.catalogue);
  const source = useMetricscope((s) => s.source);
  const reports = useMetricscope((s) => s.readReports);
  const status = useMetricscope((s) => s.status);
  if (status === 'loading') return <p className="source">Generating the simulated data…</p>;
  if (!catalogue) return <p className="source">No data loaded</p>;
  const { series } = catalogue;
  const samples = series.reduce((total, s) => (isDerived(s.labels) ? total : total + s.length), 0);
  const rows = reports.reduce((total, r) => total + r.report.rowsRead, 0);
  const missing = series.filter((s) => s.missing > 0);
  const missingTotal = missing.reduce((total, s) => total + s.missing, 0);
  return (
    <div className="source">
      {source.kind === 'file' ? (
        <p>
          <span className="source-name">{source.name}</span> · {formatCount(rows)} rows ·{' '}
          {seriesCount(series)}
        </p>
      ) : (
        <p>
          {source.name} · {seriesCount(series)} · {formatCount(samples)} samples
        </p>
      )}
      {missingTotal > 0 && (
        <details className="missing">
          <summary>
            {formatCount(missingTotal)} missing {missingTotal === 1 ? 'value' : 'values'}
          </summary>
          <ul>
            {missing.map((s) => (
              <li key={s.name}>
                {s.name}: {formatCount(s.missing)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
