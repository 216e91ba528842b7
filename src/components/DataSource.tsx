import { formatCount } from '../charts/formatNumber';
import { useMetricscope } from '../store/store';

/** The data source: the catalogue's label, its series count and samples, or the loading state. */
export function DataSource() {
  const catalogue = useMetricscope((s) => s.catalogue);
  const status = useMetricscope((s) => s.status);
  if (status === 'loading') return <p className="source">Generating the simulated data…</p>;
  if (!catalogue) return <p className="source">No data loaded</p>;
  const samples = catalogue.series.reduce((total, s) => total + s.length, 0);
  return (
    <p className="source">
      {catalogue.label} · {catalogue.series.length} series · {formatCount(samples)} samples
    </p>
  );
}
