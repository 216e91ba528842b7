import type { LoadDistribution } from '../../analysis/analyzeLoadDistribution';
import { csvText, type CsvCell } from './csvText';

/** A server's standing against the tolerance band, by the rule analyzeLoadDistribution uses. */
function standing(result: LoadDistribution, count: number): string {
  if (Number.isNaN(count)) return 'did not report';
  if (count > result.upperLimit) return 'overloaded';
  if (count < result.lowerLimit) return 'underutilised';
  return 'within band';
}

/**
 * The Load balancer panel's servers as CSV, in the chart's order: server, requests (empty for one
 * that did not report), its share of all requests in percent, the even-spread expectation, and its
 * standing: overloaded, underutilised, within band or did not report.
 * @example loadBalanceCsv(result).split('\r\n')[0] // 'server,requests,share (%),expected,standing'
 */
export function loadBalanceCsv(result: LoadDistribution): string {
  const rows = result.names.map((name, i): CsvCell[] => [
    name,
    result.counts[i],
    result.distributionPct[i],
    result.expected,
    standing(result, result.counts[i]),
  ]);
  return csvText(['server', 'requests', 'share (%)', 'expected', 'standing'], rows);
}
