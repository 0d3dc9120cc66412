import type { TerraformStack } from 'cdktf';
import type { Framework } from '../model/enums';
import type { ResolvedTenant } from '../model/resolve';
import type { Suppression } from '../model/tenant';
import { checkTerraform } from './engine';
import { Finding, PolicyReport, isBlocking, isUndecidedError } from './finding';
import { packsFor } from './packs';
import type { PackId } from './packs/pack';
import { BUILT_IN_POLICY, PolicySet, packName } from './policy-set';
import { StackIdentity, tenantStackName } from '../synth-layout';
import { TerraformDocument, parseTerraform } from '../terraform-json';

export interface PolicyValidationOptions {
  /** Documented GDPR transfer basis (see CheckOptions.transferBasis). @default - the tenant's `transferBasis` */
  readonly transferBasis?: string;
  /** Reference time for suppression expiry. @default new Date() */
  readonly now?: Date;
  /** The rules and packs to choose from. @default BUILT_IN_POLICY */
  readonly policy?: PolicySet;
  /** Packs every stack runs on top of baseline and its frameworks (e.g. your company's own). @default [] */
  readonly requiredPacks?: readonly PackId[];
}

/** `[rule] resource: message (controls). Fix: ...`: what a failed synth prints for one finding. */
export function formatFinding(f: Finding, policy: PolicySet = BUILT_IN_POLICY): string {
  const where = f.path ? `${f.path} (${f.address})` : f.address;
  const controls = f.controls.length > 0 ? ` [${f.controls.map((c) => `${packName(policy, c.pack)} ${c.control}`).join(', ')}]` : '';
  const lapsed = f.expiredSuppression ? ` (suppression expired ${f.expiredSuppression.expires})` : '';
  return `policy ${f.ruleId}: ${where}: ${f.message}${controls}${lapsed}. Fix: ${f.fix}`;
}

/** Whose rules a stack answers to: a tenant, or a pool answering to every framework its tenants claim. */
export interface PolicySubject {
  /** Names the report: a stack name. */
  readonly target: string;
  readonly compliance: readonly Framework[];
  readonly suppressions?: readonly Suppression[];
  /** Documented GDPR transfer basis. */
  readonly transferBasis?: string;
}

/** A tenant as a policy subject: its frameworks, suppressions and transfer basis. */
export function tenantSubject(tenant: ResolvedTenant): PolicySubject {
  return {
    target: tenantStackName(tenant.spec.id),
    compliance: tenant.spec.compliance,
    suppressions: tenant.spec.suppressions,
    transferBasis: tenant.spec.transferBasis,
  };
}

/**
 * A pool as a policy subject: it answers to every framework any of its tenants claims, and holds GDPR data outside
 * the EU only when every GDPR tenant of the pool documents its transfer basis.
 */
export function poolSubject(target: string, members: readonly ResolvedTenant[]): PolicySubject {
  const gdpr = members.filter((m) => m.spec.compliance.includes('gdpr'));
  const documented = gdpr.length > 0 && gdpr.every((m) => m.spec.transferBasis);
  return {
    target,
    compliance: [...new Set(members.flatMap((m) => m.spec.compliance))],
    transferBasis: documented ? gdpr.map((m) => m.spec.transferBasis).join('; ') : undefined,
  };
}

/**
 * Whose rules a synthesized stack answers to, as synth decides it: a tenant's stacks (`tenant-<id>`,
 * `tenant-<id>-workloads`) to its frameworks, suppressions and transfer basis; a pool and its workloads stack to every
 * framework of the tenants it serves, with a transfer basis only when each of its GDPR tenants documents one (as
 * `PoolStack` does); anything else, or a tenant without a tenant file, to the baseline only. `tenants check` and
 * `tenants review` both use it.
 * @param poolMembers the tenant ids a pool stack lists in its `tenants` output (`poolTenantIds`).
 */
export function stackSubject(
  stack: string,
  identity: StackIdentity,
  tenants: ReadonlyMap<string, ResolvedTenant>,
  poolMembers: readonly string[] = [],
): PolicySubject {
  const tenant = identity.tenantId === undefined ? undefined : tenants.get(identity.tenantId);
  if (tenant && (identity.kind === 'tenant' || identity.kind === 'workloads')) return { ...tenantSubject(tenant), target: stack };
  if (identity.kind !== 'pool' && identity.kind !== 'pool-workloads') return { target: stack, compliance: [] };
  const members = poolMembers.map((id) => tenants.get(id)).filter((t): t is ResolvedTenant => t !== undefined);
  return poolSubject(stack, members);
}

/** Runs baseline and the subject's packs over Terraform JSON (a synthesized stack), with its suppressions. */
export function checkDocument(doc: TerraformDocument, subject: PolicySubject, options: PolicyValidationOptions = {}): PolicyReport {
  return checkTerraform(doc, {
    policy: options.policy,
    packs: [...packsFor(subject.compliance), ...(options.requiredPacks ?? [])],
    suppressions: subject.suppressions ?? [],
    transferBasis: options.transferBasis ?? subject.transferBasis,
    now: options.now,
    target: subject.target,
  });
}

/** Runs baseline and the subject's packs over a stack, with its suppressions. */
export function checkSubject(stack: TerraformStack, subject: PolicySubject, options: PolicyValidationOptions = {}): PolicyReport {
  return checkDocument(parseTerraform(stack.toTerraform()), subject, options);
}

/** Runs baseline and the tenant's packs over a stack, with the tenant's suppressions. */
export function checkStack(stack: TerraformStack, tenant: ResolvedTenant, options: PolicyValidationOptions = {}): PolicyReport {
  return checkSubject(stack, tenantSubject(tenant), options);
}

/**
 * Adds a validation to the stack that runs baseline plus the subject's framework packs over `stack.toTerraform()`;
 * each unsuppressed error-level finding becomes a validation error, so `cdktf synth` fails naming the rule, the
 * resource, the control and the fix. An error-level rule that cannot decide a resource (a value it reads is a
 * `TerraformVariable` without a default) fails too: synth fails closed, since a stack built here knows its values.
 */
export function addPolicyValidation(
  stack: TerraformStack,
  subject: ResolvedTenant | PolicySubject,
  options: PolicyValidationOptions = {},
): void {
  const resolved = 'spec' in subject ? tenantSubject(subject) : subject;
  stack.node.addValidation({
    validate: () =>
      checkSubject(stack, resolved, options)
        .findings.filter((f) => isBlocking(f) || isUndecidedError(f))
        .map((f) => formatFinding(f, options.policy)),
  });
}
