import type { Layout } from './layout';

/**
 * What a column of a table-shaped file holds, as the column-mapping step names it: the
 * timestamps, the host (server) name, the metric name, another text label (part of the series
 * name), values, or nothing to read.
 */
export type ColumnRole = 'time' | 'host' | 'metric' | 'label' | 'value' | 'ignore';

/** The role every column plays in `layout`, in column order. */
export function rolesOf(layout: Layout): ColumnRole[] {
  return layout.names.map((_, j) => {
    if (j === layout.time?.index) return 'time';
    if (j === layout.host) return 'host';
    if (j === layout.metric) return 'metric';
    if (layout.labels.includes(j)) return 'label';
    return layout.values.includes(j) ? 'value' : 'ignore';
  });
}

/** Columns of `roles` playing `role`, in column order. */
export function columnsWith(roles: readonly ColumnRole[], role: ColumnRole): number[] {
  return roles.flatMap((r, j) => (r === role ? [j] : []));
}

/**
 * Why `roles` cannot be read as a mapping of a `width`-column file, or null when it can: one role
 * per column, at least one value column, and at most one time, host and metric column.
 * @example roleProblem(['time', 'value'], 2) // null
 */
export function roleProblem(roles: readonly ColumnRole[], width: number): string | null {
  if (roles.length !== width) {
    return `The mapping names ${roles.length} columns but the file has ${width}.`;
  }
  if (!roles.includes('value')) return 'Choose at least one value column.';
  for (const role of ['time', 'host', 'metric'] as const) {
    if (columnsWith(roles, role).length > 1) return `Choose at most one ${role} column.`;
  }
  return null;
}
