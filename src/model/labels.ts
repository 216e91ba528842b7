/**
 * Labels that name the machine a series comes from, most specific first: the farm's host axis.
 * Prometheus's `instance`, Telegraf's and long files' `host`, Kubernetes' `pod` and `node`.
 */
export const HOST_LABELS = ['host', 'instance', 'hostname', 'server', 'machine', 'node', 'pod'];

/** Labels that name a data centre, region or zone, most specific first. */
export const DATA_CENTRE_LABELS = [
  'dc',
  'datacenter',
  'datacentre',
  'data_center',
  'data_centre',
  'region',
  'zone',
  'availability_zone',
  'az',
];

/**
 * The first of `keys` that `labels` has with a non-empty value, or undefined.
 * @example firstLabel({ job: 'node', instance: 'a:9100' }, HOST_LABELS) // 'instance'
 */
export function firstLabel(
  labels: Readonly<Record<string, string>>,
  keys: readonly string[],
): string | undefined {
  return keys.find((k) => (labels[k] ?? '') !== '');
}

/**
 * Whether a series was derived by Metricscope from the source's own (a fleet aggregate, labelled
 * `fleet`, or a counter's rate, labelled `derived`): panels that add series up must skip these, or
 * they would count the same samples twice.
 * @example isDerived({ fleet: 'mean' }) // true
 */
export function isDerived(labels: Readonly<Record<string, string>>): boolean {
  return labels.fleet !== undefined || labels.derived !== undefined;
}
