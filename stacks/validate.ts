import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { SpecError, SpecErrors } from '../lib/model/errors';
import type { ResolvedTenant } from '../lib/model/resolve';
import type { PoolPlacement } from '../lib/pool/placement';
import { BuildAppOptions, TenantApp, buildApp } from './app';
import { poolProblemSubject, tenantProblemSubject } from './construction-problems';
import { ResolvedOnceStack } from './private/resolved-once-stack';

/** One problem a stack's validations found (a policy error finding, a budget over its limit, cdktf's own checks). */
export interface StackProblem {
  /** The stack's name. */
  readonly stack: string;
  /** Whom it concerns: `tenant 'acme' (tenants/acme.yaml)` or `pool 'pool-aws-us-east-1' (tenants: aviato, umbrella)`. */
  readonly subject: string;
  /** What is wrong and the fix; may span lines (a budget lists its largest costs). */
  readonly message: string;
}

/** Whom a stack's problems concern: its tenant, or a pool and its tenants. */
function stackSubject(stack: TerraformStack): string {
  const { tenant, placement } = stack as TerraformStack & { tenant?: ResolvedTenant; placement?: PoolPlacement };
  if (tenant) return tenantProblemSubject(tenant);
  if (placement) return poolProblemSubject(placement);
  return `stack '${stack.node.id}'`;
}

/**
 * Readies every stack for validation and writing, as `App.synth()` does first: cross-stack references become
 * outputs and remote state, every stack gets a backend.
 */
export function prepareStacks(stacks: readonly TerraformStack[]): void {
  stacks.forEach((stack) => stack.prepareStack());
  // Every stack prepared: a ResolvedOnceStack may keep its resolved JSON from here on.
  for (const stack of stacks) if (stack instanceof ResolvedOnceStack) stack.freeze();
}

/** Runs every validation of one stack (what cdktf runs before writing it) and returns what they found. */
export function stackProblems(stack: TerraformStack): StackProblem[] {
  const subject = stackSubject(stack);
  return stack.node
    .findAll()
    .flatMap((node) => node.node.validate().map((message) => ({ stack: stack.node.id, subject, message })));
}

/**
 * A problem as printed: whom it concerns and the stack, then the message. A budget message already names its tenant
 * (`tenant 'acme' (premium tier): ...`, as in cost.md); the file is added there instead of repeating the tenant.
 */
export function problemMessage(problem: StackProblem): string {
  const [name, file] = problem.subject.split(' (');
  if (file && problem.message.startsWith(`${name} (`)) return `${name} (${file.slice(0, -1)}, ${problem.message.slice(name.length + 2)}`;
  return `${problem.subject}, stack ${problem.stack}: ${problem.message}`;
}

/** What `validateTenants` checked. */
export interface ValidationSummary {
  /** The stacks built and validated. */
  readonly stacks: readonly string[];
  /** Tenants among them. */
  readonly tenants: number;
}

/**
 * Everything synth checks, without writing anything: the tenant files, placement and pool capacity, every
 * construct's own checks (machine types, quotas), then every stack's validations (policy error findings, budgets),
 * on an app built in memory. cdktf's App insists on an output folder: an empty one in the system's temporary
 * folder, removed before returning; nothing is written beside the tenants.
 * @throws SpecErrors listing every problem, each naming the tenant (or pool), its file and the fix.
 */
export function validateTenants(options: BuildAppOptions = {}): ValidationSummary {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tenant-templates-validate-'));
  try {
    const app = new App({ outdir });
    const built = buildApp(app, options);
    prepareStacks(built.all);
    const problems = built.all.flatMap(stackProblems);
    if (problems.length > 0) throw new SpecErrors(problems.map((p) => new SpecError(problemMessage(p))));
    return { stacks: built.all.map((s) => s.node.id), tenants: tenantCount(built) };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Tenants with stacks in an app: siloed and pooled. */
export function tenantCount(built: TenantApp): number {
  return built.tenantStacks.length + built.sliceStacks.length;
}
