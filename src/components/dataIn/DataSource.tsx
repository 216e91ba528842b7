import { formatCount } from '../../charts/formatNumber';
import { useMetricscope } from '../../store/state';

/**
 * The data source: for the demo its label, series count and samples; for files their name, the
 * rows read from them (a long file's rows, not its time steps) and series count. When any series
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
  const samples = series.reduce((total, s) => total + s.length, 0);
  const rows = reports.reduce((total, r) => total + r.report.rowsRead, 0);
  const missing = series.filter((s) => s.missing > 0);
  const missingTotal = missing.reduce((total, s) => total + s.missing, 0);
  return (
    <div className="source">
      {source.kind === 'file' ? (
        <p>
          <span className="source-name">{source.name}</span> · {formatCount(rows)} rows ·{' '}
          {series.length} series
        </p>
      ) : (
        <p>
          {catalogue.label} · {series.length} series · {formatCount(samples)} samples
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
