import type { TerraformStack } from 'cdktf';
import type { ResolvedTenant } from '../spec/resolve';
import { checkTerraform } from './engine';
import { Finding, PolicyReport, isBlocking } from './finding';
import { PACKS, packsFor } from './packs';
import { parseTerraform } from '../terraform';

export interface PolicyValidationOptions {
  /** Documented GDPR transfer basis (see CheckOptions.transferBasis). @default - the tenant's `transferBasis` */
  readonly transferBasis?: string;
  /** Reference time for suppression expiry. @default new Date() */
  readonly now?: Date;
}

/** `[rule] resource: message (controls). Fix: ...`: what a failed synth prints for one finding. */
export function formatFinding(f: Finding): string {
  const where = f.path ? `${f.path} (${f.address})` : f.address;
  const controls = f.controls.length > 0 ? ` [${f.controls.map((c) => `${PACKS[c.pack].name} ${c.control}`).join(', ')}]` : '';
  const lapsed = f.expiredSuppression ? ` (suppression expired ${f.expiredSuppression.expires})` : '';
  return `policy ${f.ruleId}: ${where}: ${f.message}${controls}${lapsed}. Fix: ${f.fix}`;
}

/** Runs baseline and the tenant's packs over a stack, with the tenant's suppressions. */
export function checkStack(stack: TerraformStack, tenant: ResolvedTenant, options: PolicyValidationOptions = {}): PolicyReport {
  return checkTerraform(parseTerraform(stack.toTerraform()), {
    packs: packsFor(tenant.spec.compliance),
    suppressions: tenant.spec.suppressions,
    transferBasis: options.transferBasis ?? tenant.spec.transferBasis,
    now: options.now,
    target: `tenant-${tenant.spec.id}`,
  });
}

/**
 * Adds a validation to the stack that runs baseline plus the tenant's framework packs over `stack.toTerraform()`;
 * each unsuppressed error-level finding becomes a validation error, so `cdktf synth` fails naming the rule, the
 * resource, the control and the fix.
 */
export function addPolicyValidation(stack: TerraformStack, tenant: ResolvedTenant, options: PolicyValidationOptions = {}): void {
  stack.node.addValidation({
    validate: () => checkStack(stack, tenant, options).findings.filter(isBlocking).map(formatFinding),
  });
}
