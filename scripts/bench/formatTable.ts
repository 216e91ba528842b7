/**
 * Renders rows as an aligned plain-text table with a header rule: the first column (the labels)
 * left-aligned, every other column right-aligned, so numbers line up on their last digit.
 * Cells are strings; format numbers before passing them.
 * @example formatTable(['op', 'ms'], [['sum', '0.41']]) // 'op  |   ms\n----+-----\nsum | 0.41'
 */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
}
