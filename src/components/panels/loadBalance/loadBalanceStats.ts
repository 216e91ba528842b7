import type { LoadDistribution } from '../../../analysis/analyzeLoadDistribution';
import { formatPValue, formatValue } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/** "p = 0.043", or "p < 0.001" below the reporting floor. */
function pText(p: number): string {
  const formatted = formatPValue(p);
  return formatted.startsWith('<') ? `p ${formatted}` : `p = ${formatted}`;
}

/** The Load balancer panel's key figures: the CV, the χ² test and whether the spread is balanced. */
export function loadBalanceStats(view: LoadDistribution): Stat[] {
  return [
    { label: 'CV', value: formatValue(view.cv * 100, '%') },
    { label: 'χ²', value: `${formatValue(view.chiSquare, '')} (${pText(view.pValue)})` },
    { label: 'Balanced', value: view.balanced ? 'yes' : 'no', alert: !view.balanced },
  ];
}
