/** A plain-text table of rows (same keys in each), columns padded to their widest cell. */
export function renderTable(rows: readonly Record<string, string | number>[]): string {
  if (rows.length === 0) return '(none)\n';
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => String(r[c] ?? ''))))]
    .map((l) => `${l}\n`)
    .join('');
}
