import type { PolicyReport } from '../finding';

/** Machine-readable report: `{ version, reports: [...] }`, stable key order, two-space indent. */
export function renderJson(reports: readonly PolicyReport[]): string {
  return `${JSON.stringify({ version: 1, reports }, null, 2)}\n`;
}
