import type { PolicyReport } from '../../lib/policy/finding';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { budgetStatus, ownCost, stackCost, stackCostSide } from './cost';
import { checkDocument } from '../../lib/policy/synth';
import { diffFindings, stackSubject } from './findings';
import type { SynthFolder, SynthStack } from './folder';
import type { DataDestroy, PlanBlocker, PlanCounts, ReviewReport, StackChange, StackReview, TenantMove } from './model';
import { detectMove } from './moves';
import { addPlanCounts, emptyPlanCounts, isQuietPlan, stackPlan } from './plan';
import { diffStack, isEmptyDiff } from './resources';
import { dataDestroys, planBlockers } from './stateful';
import { StackIdentity, stackIdentity } from '../../lib/synth-layout';
import { diffStackNames, poolTenants } from './stacks';

export interface ReviewOptions {
  /**
   * Tenants from the head's tenant files: their frameworks, suppressions and transfer basis decide which packs run
   * on both sides, and their tier's budget is checked against the head cost.
   * @default none: the baseline pack only, and no budgets
   */
  readonly tenants?: readonly ResolvedTenant[];
  /** Where the tenant files were looked for, for notes. @default 'tenants' */
  readonly tenantsDir?: string;
  /** Reference time for suppression expiry. @default new Date() */
  readonly now?: Date;
}

/** The tenant of a `tenant-<id>` or `tenant-<id>-workloads` stack, when its tenant file was loaded. */
function tenantOf(identity: StackIdentity, tenants: ReadonlyMap<string, ResolvedTenant>): ResolvedTenant | undefined {
  return identity.tenantId === undefined ? undefined : tenants.get(identity.tenantId);
}

/** Policy reports of every stack of one side, `target` = stack name. */
function checkSide(
  folder: SynthFolder,
  identities: ReadonlyMap<string, StackIdentity>,
  tenants: ReadonlyMap<string, ResolvedTenant>,
  now: Date | undefined,
): PolicyReport[] {
  return [...folder.stacks.values()].map((stack) => {
    const subject = stackSubject(stack.name, identities.get(stack.name)!, tenants, poolTenants(stack.json));
    return checkDocument(stack.doc, subject, { now });
  });
}

/**
 * Compares a base branch's synth with a pull request's (head): stacks, resources per stack, data-destroying
 * removals, moves between pool and silo, monthly cost per stack with budgets, and policy findings new, resolved and
 * suppressed in head. Pure over the two folders' JSON (and the tenants given); every list is sorted.
 */
export function reviewSynths(base: SynthFolder, head: SynthFolder, options: ReviewOptions = {}): ReviewReport {
  const tenants = new Map((options.tenants ?? []).map((t) => [t.spec.id, t]));
  const names = new Set([...base.stacks.keys(), ...head.stacks.keys()]);
  const identities = new Map([...names].map((n) => [n, stackIdentity(n, names)]));
  const diffs = new Map([...names].map((n) => [n, diffStack(base.stacks.get(n), head.stacks.get(n))]));
  const changes = diffStackNames(base.stacks.keys(), head.stacks.keys(), (n) => isEmptyDiff(diffs.get(n)!));

  const stacks: StackReview[] = [];
  const destroys: DataDestroy[] = [];
  const blockers: PlanBlocker[] = [];
  const moves: TenantMove[] = [];
  const missingTenants = new Set<string>();
  const moveContext = { headStacks: new Set(head.stacks.keys()) };
  for (const [name, change] of changes) {
    const identity = identities.get(name)!;
    const diff = diffs.get(name)!;
    const b = base.stacks.get(name);
    const h = head.stacks.get(name);
    const tenant = tenantOf(identity, tenants);
    if (identity.tenantId !== undefined && !tenant) missingTenants.add(identity.tenantId);
    const costOf = (folder: SynthFolder, stack: SynthStack | undefined) =>
      stack && stackCostSide(stack, folder, tenant, identity.kind === 'tenant' ? identity.tenantId : undefined);
    const before = costOf(base, b);
    const after = costOf(head, h);
    const budget = tenant && after && identity.kind === 'tenant' ? budgetStatus(tenant, after.report) : undefined;
    const plan = h?.plan && stackPlan(h.plan, h.doc);
    const basePlan = b?.plan && stackPlan(b.plan, b.doc);
    if (plan) blockers.push(...planBlockers(name, plan.changes));
    stacks.push({
      name,
      kind: identity.kind,
      ...(identity.tenantId !== undefined ? { tenantId: identity.tenantId } : {}),
      change,
      resources: diff.resources,
      data: diff.data,
      providers: diff.providers,
      otherBlocks: [...diff.otherBlocks],
      cost: stackCost(before?.side, after?.side, budget),
      ...(plan ? { plan } : {}),
      ...(basePlan ? { basePlan } : {}),
    });
    destroys.push(...dataDestroys(name, diff.resources.removed, b?.doc.resources ?? [], change === 'removed'));
    if (identity.kind === 'tenant' && b && h) {
      const move = detectMove(identity.tenantId!, name, b.json, h.json, moveContext);
      if (move) moves.push(move);
    }
  }

  const findings = diffFindings(checkSide(base, identities, tenants, options.now), checkSide(head, identities, tenants, options.now));
  const count = (c: StackChange) => stacks.filter((s) => s.change === c).length;
  const sum = (f: (s: StackReview) => number) => stacks.reduce((acc, s) => acc + f(s), 0);
  const baseUsd = sum((s) => ownCost(s.cost.base));
  const headUsd = sum((s) => ownCost(s.cost.head));
  const notes: string[] = [];
  const dir = options.tenantsDir ?? 'tenants';
  if (tenants.size === 0) {
    notes.push(`No tenant files (${dir}): every stack is checked with the baseline pack only, and no budget is shown.`);
  } else if (missingTenants.size > 0) {
    const ids = [...missingTenants].sort().map((id) => `\`${id}\``).join(', ');
    notes.push(`No tenant file in ${dir} for ${ids}: their stacks are checked with the baseline pack only, without a budget.`);
  }
  notes.push(...planNotes(base, head, stacks));
  return {
    version: 1,
    base: base.dir,
    head: head.dir,
    summary: {
      stacks: { added: count('added'), changed: count('changed'), removed: count('removed'), unchanged: count('unchanged') },
      resources: {
        added: sum((s) => s.resources.added.length),
        changed: sum((s) => s.resources.changed.length),
        removed: sum((s) => s.resources.removed.length),
      },
      cost: { baseUsd, headUsd, deltaUsd: headUsd - baseUsd },
      findings: {
        newErrors: findings.new.filter((f) => f.level === 'error').length,
        newWarnings: findings.new.filter((f) => f.level === 'warning').length,
        resolved: findings.resolved.length,
        suppressed: findings.suppressed.length,
      },
      overBudget: stacks.flatMap((s) => (s.cost.budget?.status === 'over' ? [s.cost.budget.tenantId] : [])).sort(),
      ...planSummary(stacks, blockers),
    },
    stacks,
    dataDestroys: destroys,
    blockers,
    moves,
    findings,
    notes,
  };
}

/** Terraform's actions over head's plans; nothing when head has no plan (replacements are then not known). */
function planSummary(stacks: readonly StackReview[], blockers: readonly PlanBlocker[]): Pick<ReviewReport['summary'], 'plans'> {
  const planned = stacks.filter((s) => s.plan);
  if (planned.length === 0) return {};
  const actions = planned.reduce((acc: PlanCounts, s) => addPlanCounts(acc, s.plan!.actions), emptyPlanCounts());
  const missing = stacks.filter((s) => !s.plan && (s.change === 'added' || s.change === 'changed')).map((s) => s.name);
  return { plans: { stacks: planned.length, missing, actions, blockers: blockers.length } };
}

/** What the plans given (or their absence) mean for the review. */
function planNotes(base: SynthFolder, head: SynthFolder, stacks: readonly StackReview[]): string[] {
  const notes: string[] = [];
  const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');
  if (!stacks.some((s) => s.plan)) {
    notes.push(
      'No plans for head: this compares synthesized JSON, so replacements (and updates Terraform cannot make in place) are not known. ' +
        'Give `terraform show -json` of each stack\'s plan (`--head-plans <dir>` of `<stack>.plan.json`, or `plan.json` beside each `cdk.tf.json`) to see what Terraform will do.',
    );
  }
  const stale = stacks.filter((s) => (s.plan?.mismatched.length ?? 0) > 0).map((s) => s.name);
  if (stale.length > 0) {
    notes.push(`The plan of ${list(stale)} does not match head's \`cdk.tf.json\` (resources planned or configured in one only): it was made from another synth; plan again from head's synth.`);
  }
  const staleBase = stacks.filter((s) => (s.basePlan?.mismatched.length ?? 0) > 0).map((s) => s.name);
  if (staleBase.length > 0) notes.push(`The base plan of ${list(staleBase)} does not match base's \`cdk.tf.json\`: it was made from another synth.`);
  const pending = stacks.filter((s) => s.basePlan && !isQuietPlan(s.basePlan.actions)).map((s) => s.name);
  if (pending.length > 0) {
    notes.push(`Base's plan of ${list(pending)} is not empty: the deployed state differs from the base branch (drift, or base not yet applied), so head's plan includes changes this pull request did not make.`);
  }
  for (const side of [base, head]) {
    if (side.strayPlans.length > 0) notes.push(`Plans in ${side.plansDir} for stacks ${side === base ? 'base' : 'head'} does not have were not used: ${list(side.strayPlans)}.`);
  }
  return notes;
}
