/**
 * Orders strings by UTF-16 code units: the same on every machine, unlike `localeCompare`, whose collation (which
 * may ignore `_` and `.`) depends on the ICU data and locale of the runtime.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
