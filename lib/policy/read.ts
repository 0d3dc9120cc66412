/**
 * Reading the values a rule decides on, three ways: known (returned), absent (undefined: the provider's default
 * applies), or unknown until apply / without a variable's value (the resource becomes undecided, through
 * `Undecided`). Booleans and numbers written as strings read as booleans and numbers.
 */
import { Undecided, known } from './rule';
import { asBoolean, asNumber, asString, attribute, get, isSet } from '../terraform-json';

/** A boolean at a dotted path (`true`, `"true"`, `"1"`...); undefined when unset; undecided when unknown. */
export function flag(values: unknown, path: string): boolean | undefined {
  return known(asBoolean(attribute(values, path)), path, get(values, path));
}

/** A string at a dotted path (numbers and booleans stringified); undefined when unset; undecided when unknown. */
export function text(values: unknown, path: string): string | undefined {
  return known(asString(attribute(values, path)), path, get(values, path));
}

/** A number at a dotted path (`7`, `"7"`); undefined when unset or not a number; undecided when unknown. */
export function amount(values: unknown, path: string): number | undefined {
  return known(asNumber(attribute(values, path)), path, get(values, path));
}

/** A list of strings at a dotted path (a single string is a list of one); undecided when it or an element is unknown. */
export function textList(values: unknown, path: string): string[] {
  const v = attribute(values, path);
  if (v === undefined) return [];
  const list = Array.isArray(known(v, path, get(values, path))) ? (v as unknown[]) : [v];
  return list.map((x, i) => known(asString(x), `${path}[${i}]`)).filter((x): x is string => x !== undefined);
}

/** True when something is configured at the path, a reference included (a key ARN from another resource is a key). */
export function configured(values: unknown, path: string): boolean {
  return isSet(get(values, path));
}

/**
 * True when any of the checks holds; false when none does; undecided when none holds and one could not decide.
 * For rules that pass on either of two settings (public access off, or a deny-by-default network rule).
 */
export function anyOf(...checks: readonly (() => boolean)[]): boolean {
  let pending: Undecided | undefined;
  for (const check of checks) {
    try {
      if (check()) return true;
    } catch (e) {
      if (!(e instanceof Undecided)) throw e;
      pending ??= e;
    }
  }
  if (pending) throw pending;
  return false;
}
