/** `1234.5` -> `1,234.50`. */
export function money(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A quantity without float noise: `2190`, `33.33`, `0.001`. */
export function quantity(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const digits = Math.abs(value) < 1 ? 4 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A unit price with the digits list prices use (`0.0104`, `0.192`, `9`). */
export function unitPrice(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
