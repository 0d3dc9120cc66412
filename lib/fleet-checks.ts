import type { FleetIssue } from './model/load';
import { EU_REGIONS, isKnownRegion } from './model/regions';
import type { ResolvedTenant } from './model/resolve';
import type { PolicySet } from './policy/policy-set';
import type { Rule } from './policy/rule';
import { isExpired } from './policy/suppressions';
import { tenantStackNames } from './synth-layout';

/**
 * Checks of tenant files that need more than the file: two tenants whose stacks would share a name; suppressions
 * naming a rule the policy set does not have (a typo that silently suppresses nothing), a rule of another cloud, or a
 * date already past (a warning: the finding is reported again); a GDPR tenant outside the EU with no transfer basis.
 */
export function fleetIssues(tenants: readonly ResolvedTenant[], policy: PolicySet, now: Date = new Date()): FleetIssue[] {
  const rules = new Map(policy.rules.map((r) => [r.id, r]));
  return [...stackNameClashes(tenants), ...tenants.flatMap((t) => [...suppressionIssues(t, rules, now), ...residencyIssues(t, now)])];
}

/**
 * A tenant whose stack has the name of another tenant's stack: `acme-workloads` beside a siloed `acme`, whose
 * workloads stack is `tenant-acme-workloads`. The tenant whose own stack clashes is blamed (its id is the one to change).
 */
export function stackNameClashes(tenants: readonly ResolvedTenant[]): FleetIssue[] {
  const stacks = new Map<string, { tenantId: string; own: boolean }[]>();
  for (const t of tenants) {
    tenantStackNames(t.spec.id, t.tier.isolation).forEach((name, i) => {
      stacks.set(name, [...(stacks.get(name) ?? []), { tenantId: t.spec.id, own: i === 0 }]);
    });
  }
  const issues: FleetIssue[] = [];
  for (const [name, owners] of stacks) {
    const others = owners.filter((o) => !o.own);
    if (others.length === 0) continue; // two tenant stacks of one name are a duplicate id, reported as such
    for (const o of owners.filter((x) => x.own)) {
      issues.push({
        tenantId: o.tenantId,
        path: ['id'],
        message: `its stack '${name}' has the name of the workloads stack of tenant '${others[0].tenantId}'; choose another id (one that is not another tenant's id followed by '-workloads')`,
      });
    }
  }
  return issues;
}

/**
 * A GDPR tenant outside the EU/EEA with neither a transfer basis nor a suppression of its cloud's residency rule: the
 * gdpr pack would fail every located resource of its stacks; one line at the tenant file says what to change.
 */
function residencyIssues(tenant: ResolvedTenant, now: Date): FleetIssue[] {
  const { cloud, region, compliance, transferBasis, suppressions } = tenant.spec;
  const index = compliance.indexOf('gdpr');
  if (index < 0 || EU_REGIONS[cloud].includes(region) || transferBasis) return [];
  const rule = `${cloud}-data-residency`;
  if (suppressions.some((s) => s.rule === rule && s.resource === undefined && !isExpired(s, now))) return [];
  const eu = EU_REGIONS[cloud].filter((r) => isKnownRegion(cloud, r)).join(', ');
  return [
    {
      tenantId: tenant.spec.id,
      path: ['compliance', index],
      message: `gdpr keeps personal data in the EU/EEA, but ${region} is outside it; choose an EU region (${eu}) or document the transfer basis in transferBasis`,
    },
  ];
}

function suppressionIssues(tenant: ResolvedTenant, rules: ReadonlyMap<string, Rule>, now: Date): FleetIssue[] {
  const issues: FleetIssue[] = [];
  tenant.spec.suppressions.forEach((s, i) => {
    const path = ['suppressions', i, 'rule'];
    const rule = rules.get(s.rule);
    if (!rule) {
      const near = [...rules.keys()].filter((id) => id.startsWith(`${tenant.spec.cloud}-`) && (id.includes(s.rule) || s.rule.includes(id.slice(tenant.spec.cloud.length + 1))));
      const hint = near.length > 0 ? `did you mean ${near.slice(0, 3).join(', ')}?` : 'see RULES.md or `tenants check --format json` for the rule ids';
      issues.push({ tenantId: tenant.spec.id, path, message: `suppression names rule '${s.rule}', which no policy pack has; ${hint}` });
    } else if (rule.cloud !== tenant.spec.cloud) {
      issues.push({
        tenantId: tenant.spec.id,
        path,
        message: `suppression names rule '${s.rule}', which checks ${rule.cloud} resources, but the tenant runs on ${tenant.spec.cloud}; remove it or name the ${tenant.spec.cloud} rule`,
      });
    } else if (isExpired(s, now)) {
      issues.push({
        tenantId: tenant.spec.id,
        path: ['suppressions', i, 'expires'],
        level: 'warning',
        message: `the suppression of ${s.rule} expired on ${s.expires}, so its findings count again; renew it with a new date and reason, or remove it`,
      });
    }
  });
  return issues;
}
