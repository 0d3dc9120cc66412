import type { Suppression } from '../model/tenant';
import type { Finding } from './finding';
import { baseAddress } from '../terraform-json';

/** Today as `YYYY-MM-DD` in UTC, comparable with a suppression's `expires`. */
export function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** True when `s` names the finding's rule and, if it names a resource, the finding's address or construct path (or a parent path). */
export function suppressionMatches(s: Suppression, f: Finding): boolean {
  if (s.rule !== f.ruleId) return false;
  if (s.resource === undefined) return true;
  const r = s.resource;
  if (r === f.address || r === baseAddress(f.address)) return true;
  return f.path !== undefined && (r === f.path || f.path.startsWith(`${r}/`));
}

/** A suppression holds through its `expires` day (inclusive) and lapses the day after. */
export function isExpired(s: Suppression, now: Date): boolean {
  return s.expires !== undefined && isoDate(now) > s.expires;
}

export interface SuppressionResult {
  readonly findings: Finding[];
  readonly unused: Suppression[];
}

/** Marks findings a suppression accepts; an expired one leaves the finding active and notes the lapse. */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[], now: Date): SuppressionResult {
  const used = new Set<Suppression>();
  const out = findings.map((f) => {
    const matching = suppressions.filter((s) => suppressionMatches(s, f));
    matching.forEach((s) => used.add(s));
    const active = matching.find((s) => !isExpired(s, now));
    if (active) return { ...f, suppressed: { reason: active.reason, expires: active.expires, by: 'tenant' as const } };
    const lapsed = matching[0];
    return lapsed ? { ...f, expiredSuppression: { reason: lapsed.reason, expires: lapsed.expires, by: 'tenant' as const } } : f;
  });
  return { findings: out, unused: suppressions.filter((s) => !used.has(s)) };
}
