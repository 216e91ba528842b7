/**
 * The unit a metric name implies, for metrics that arrive as bare names (farm metrics, data-centre
 * readings): names ending in 'Ms' or naming latency -> 'ms'; cpu, memory, and rates or percentages
 * -> '%' (the simulator's errorRate is a percentage); disk I/O -> 'MB/s'; anything else -> ''.
 * A heuristic on purpose: the files carry no units for these, and a wrong guess only mislabels.
 * @example metricUnit('latencyMs') // 'ms'
 */
export function metricUnit(name: string): string {
  if (/Ms$|latency/i.test(name)) return 'ms';
  if (/^(cpu|memory|mem)$|rate|percent|pct|%/i.test(name)) return '%';
  if (/disk\s*io|MB\/s/i.test(name)) return 'MB/s';
  return '';
}
