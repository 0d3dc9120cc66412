import { money } from '../../../lib/cost/format';
import type { BlockDiff, PlanBlocker, PlanCounts, PlannedChange, ReviewReport, StackCostSide, StackReview, TenantMove } from '../model';
import { cell } from '../../../lib/policy/render/markdown';
import { describeActionReason, isQuietPlan } from '../plan';

export interface ReviewMarkdownOptions {
  /** Most addresses listed per stack (removed, then changed, then added); the rest are counted. @default MAX_ADDRESSES_PER_STACK */
  readonly maxAddressesPerStack?: number;
  /** Most rows per warning or findings list. @default MAX_LIST_ROWS */
  readonly maxListRows?: number;
  /**
   * URL the docs paths in the report are relative to (e.g. `https://github.com/acme/tenant-templates/blob/main/`),
   * to link them. @default - the path is shown as code, since a relative link does not resolve in a PR comment
   */
  readonly docsBaseUrl?: string;
}

/** Addresses listed per stack before "… and N more". */
export const MAX_ADDRESSES_PER_STACK = 50;
/** Rows per warning or findings list before "… and N more". */
export const MAX_LIST_ROWS = 50;
/** First line of the comment, so CI can find and update it. */
export const REVIEW_MARKER = '<!-- tenants-review -->';
/** Marks a cost estimated from cdk.tf.json because the stack has no cost.json. */
const ESTIMATED = '†';
/** Below half a cent, a delta is zero. */
const CENT = 0.005;

const code = (s: string) => `\`${s}\``;

/** `+1,234.50`, `-12.00`, or `0.00`. */
export function signedMoney(value: number): string {
  if (Math.abs(value) < CENT) return '0.00';
  return value > 0 ? `+${money(value)}` : money(value);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function side(s: StackCostSide | undefined): string {
  if (!s) return '–';
  return `${money(s.monthlyUsd)}${s.source === 'estimate' ? ESTIMATED : ''}`;
}

function resourceCounts(d: BlockDiff): string {
  return `+${d.added.length} ~${d.changed.length} -${d.removed.length}`;
}

/** Terraform's actions: `+create ~update ±replace -delete`. */
function planCounts(c: PlanCounts): string {
  return `+${c.create} ~${c.update} ±${c.replace} -${c.delete}`;
}

/** True when the stack has something to show: a synth change, a cost move, or a plan that changes something. */
function eventful(s: StackReview): boolean {
  return s.change !== 'unchanged' || (s.plan !== undefined && !isQuietPlan(s.plan.actions));
}

/** Why Terraform replaces or deletes an instance: the forcing attributes, then its reason. */
function cause(c: Pick<PlannedChange, 'action' | 'replacePaths' | 'actionReason' | 'createBeforeDestroy'>): string {
  const parts: string[] = [];
  if (c.replacePaths.length > 0) parts.push(`forced by ${c.replacePaths.map(code).join(', ')}`);
  if (c.actionReason) parts.push(describeActionReason(c.actionReason));
  if (c.action === 'replace') parts.push(c.createBeforeDestroy ? 'new one created first' : 'destroyed first');
  return parts.join('; ');
}

function budgetCell(s: StackReview): string {
  const b = s.cost.budget;
  if (!b) return '–';
  const status = b.status === 'ok' ? 'ok' : `**${b.status}**`;
  return `${status} ${b.percent.toFixed(1)}% of ${money(b.budgetUsd)} (${b.tier})`;
}

/** Up to `max` items, then a line counting the rest. */
function capped<T>(items: readonly T[], max: number, line: (item: T) => string, more = (n: number) => `- … and ${n} more`): string[] {
  const shown = items.slice(0, max).map(line);
  return items.length > max ? [...shown, more(items.length - max)] : shown;
}

function summaryLine(r: ReviewReport): string {
  const s = r.summary;
  const changing = s.stacks.added + s.stacks.changed + s.stacks.removed;
  const stacks =
    changing === 0
      ? `**no stack changed** (${s.stacks.unchanged} unchanged)`
      : `**${plural(changing, 'stack')} changed** (${s.stacks.added} added, ${s.stacks.changed} changed, ${s.stacks.removed} removed; ${s.stacks.unchanged} unchanged)`;
  const resources = `resources **+${s.resources.added} ~${s.resources.changed} -${s.resources.removed}**`;
  const cost = `monthly cost **${money(s.cost.baseUsd)} → ${money(s.cost.headUsd)} USD (${signedMoney(s.cost.deltaUsd)})**`;
  const f = s.findings;
  const findings = `new findings: **${plural(f.newErrors, 'error')}, ${plural(f.newWarnings, 'warning')}**${f.resolved > 0 ? ` (${f.resolved} resolved)` : ''}`;
  const budget = s.overBudget.length > 0 ? ` · over budget: ${s.overBudget.map(code).join(', ')}` : '';
  const p = s.plans;
  const plan = p
    ? ` · Terraform (${plural(p.stacks, 'plan')}): **${planCounts(p.actions)}**${p.blockers > 0 ? `, **${plural(p.blockers, 'stateful resource')} replaced or deleted**` : ''}`
    : ' · replacements not known (no plans)';
  return `${stacks} · ${resources}${plan} · ${cost} · ${findings}${budget}`;
}

function summaryTable(r: ReviewReport): string[] {
  const rows = r.stacks.filter((s) => eventful(s) || Math.abs(s.cost.deltaUsd) >= CENT);
  if (rows.length === 0) return [];
  const plans = r.summary.plans;
  const planHeader = plans ? ' Terraform + ~ ± - |' : '';
  const out = [`| Stack | Change | Resources + ~ - |${planHeader} Monthly USD base → head (Δ) | Budget |`, `|---|---|---|${plans ? '---|' : ''}--:|---|`];
  for (const s of rows) {
    const cost = `${side(s.cost.base)} → ${side(s.cost.head)} (${signedMoney(s.cost.deltaUsd)})`;
    const plan = plans ? ` ${s.plan ? planCounts(s.plan.actions) : s.change === 'removed' ? '–' : 'no plan'} |` : '';
    out.push(`| ${code(s.name)} | ${s.change} | ${resourceCounts(s.resources)} |${plan} ${cost} | ${budgetCell(s)} |`);
  }
  const t = r.summary;
  const total = `${money(t.cost.baseUsd)} → ${money(t.cost.headUsd)} (${signedMoney(t.cost.deltaUsd)})`;
  const planTotal = plans ? ` ${planCounts(plans.actions)} |` : '';
  out.push(`| **Total** | | +${t.resources.added} ~${t.resources.changed} -${t.resources.removed} |${planTotal} **${total}** | |`, '');
  return out;
}

function docsRef(path: string, base: string | undefined): string {
  return base ? `[${path.split('#')[0]}](${base.replace(/\/?$/, '/')}${path})` : code(path);
}

function moveHeadline(m: TenantMove): string {
  switch (m.kind) {
    case 'pool-to-silo':
      return `**Tenant ${code(m.tenantId)} moves from pool ${code(m.fromPool!)} to its own silo.** \`cdktf deploy ${m.stack}\` destroys the slice and creates the dedicated platform in the same state; data does not move by itself.`;
    case 'silo-to-pool':
      return `**Tenant ${code(m.tenantId)} moves from its silo into pool ${code(m.toPool!)}.** \`cdktf deploy ${m.stack}\` destroys the dedicated platform and creates the slice in the same state; data does not move by itself.`;
    case 'pool-to-pool':
      return `**Tenant ${code(m.tenantId)} moves from pool ${code(m.fromPool!)} to pool ${code(m.toPool!)}.** \`cdktf deploy ${m.stack}\` destroys the old slice and creates the new one; data does not move by itself.`;
  }
}

function moveBlock(m: TenantMove, options: ReviewMarkdownOptions): string[] {
  const lines = [
    '[!IMPORTANT]',
    moveHeadline(m),
    '',
    'Data to migrate:',
    ...m.migrate.map((d) => `- ${d}`),
    '',
    'Deploy order:',
    ...m.steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    `Procedure: ${docsRef(m.docs, options.docsBaseUrl)}`,
  ];
  return [...lines.map((l) => (l ? `> ${l}` : '>')), ''];
}

function blockerBlock(blockers: readonly PlanBlocker[], max: number): string[] {
  const lines = [
    '[!CAUTION]',
    `**Terraform replaces or deletes data**: head's plans destroy ${plural(blockers.length, 'stateful resource')}. A replacement starts empty; export what must be kept first, or change the configuration so Terraform can update in place.`,
    '',
    '| Stack | Resource | Holds | Terraform | Cause |',
    '|---|---|---|---|---|',
    ...capped(
      blockers,
      max,
      (b) => `| ${code(b.stack)} | ${code(b.address)} | ${b.kind} | **${b.action}** | ${cell(cause(b)) || '–'} |`,
      (n) => `| … and ${n} more | | | | |`,
    ),
  ];
  return [...lines.map((l) => (l ? `> ${l}` : '>')), ''];
}

function warnings(r: ReviewReport, options: ReviewMarkdownOptions, max: number): string[] {
  const out: string[] = [];
  if (r.blockers.length > 0) out.push(...blockerBlock(r.blockers, max));
  for (const m of r.moves) out.push(...moveBlock(m, options));
  if (r.dataDestroys.length > 0) {
    const lines = [
      '[!CAUTION]',
      `**Destroys data**: removing ${plural(r.dataDestroys.length, 'resource')} that hold data. Export what must be kept first (or keep the resource).`,
      '',
      '| Stack | Resource | Holds |',
      '|---|---|---|',
      ...capped(
        r.dataDestroys,
        max,
        (d) => `| ${code(d.stack)}${d.stackRemoved ? ' (stack removed)' : ''} | ${code(d.address)} | ${d.kind} |`,
        (n) => `| … and ${n} more | | |`,
      ),
    ];
    if (r.dataDestroys.some((d) => d.stackRemoved)) {
      lines.push('', 'A removed stack is not destroyed by `cdktf deploy`: its resources, and their data, go when someone runs `terraform destroy` in its folder of the base synth.');
    }
    out.push(...lines.map((l) => (l ? `> ${l}` : '>')), '');
  }
  for (const s of r.stacks) {
    const b = s.cost.budget;
    if (b?.status !== 'over') continue;
    out.push(
      '> [!CAUTION]',
      `> **Over budget**: tenant ${code(b.tenantId)} (${b.tier}) is estimated at ${money(s.cost.head?.monthlyUsd ?? 0)} USD/month, ${b.percent.toFixed(1)}% of its budget of ${money(b.budgetUsd)} USD; synth fails for it.`,
      '',
    );
  }
  return out.length > 0 ? ['### Warnings', '', ...out] : [];
}

function findingsSection(r: ReviewReport, max: number): string[] {
  const { new: added, resolved, suppressed } = r.findings;
  const out = ['### Policy findings', ''];
  if (added.length === 0) {
    out.push('No new findings.', '');
  } else {
    const s = r.summary.findings;
    out.push(`**New in head**: ${plural(s.newErrors, 'error')}, ${plural(s.newWarnings, 'warning')}`, '');
    out.push('| Level | Stack | Rule | Resource | Finding | Fix |', '|---|---|---|---|---|---|');
    out.push(
      ...capped(
        added,
        max,
        (f) => {
          const controls = f.controls.length > 0 ? ` [${f.controls.join(', ')}]` : '';
          const resource = f.path ? `${code(f.address)} (${f.path})` : code(f.address);
          return `| ${f.level} | ${code(f.stack)} | ${code(f.ruleId)} | ${cell(resource)} | ${cell(f.message + controls)} | ${cell(f.fix)} |`;
        },
        (n) => `| … and ${n} more | | | | | |`,
      ),
      '',
    );
  }
  if (resolved.length > 0) {
    out.push(`**Resolved**: ${resolved.length}`, '');
    out.push(...capped(resolved, max, (f) => `- ${f.level} ${code(f.ruleId)} on ${code(f.address)} in ${code(f.stack)}`), '');
  }
  if (suppressed.length > 0) {
    out.push(`**Suppressed in head**: ${suppressed.length}`, '', '| Stack | Rule | Resource | Reason | Expires |', '|---|---|---|---|---|');
    out.push(
      ...capped(
        suppressed,
        max,
        (f) => `| ${code(f.stack)} | ${code(f.ruleId)} | ${code(f.address)} | ${cell(f.reason)} | ${f.expires ?? (f.by === 'transfer-basis' ? 'transfer basis' : 'never')} |`,
        (n) => `| … and ${n} more | | | | |`,
      ),
      '',
    );
  }
  return out;
}

function stackDetails(s: StackReview, r: ReviewReport, max: number): string[] {
  const destroys = new Map(r.dataDestroys.filter((d) => d.stack === s.name).map((d) => [d.address, d.kind]));
  const lists: [string, string[]][] = [
    ['Removed', s.resources.removed.map((a) => (destroys.has(a) ? `${code(a)}: **destroys data** (${destroys.get(a)})` : code(a)))],
    ['Changed', s.resources.changed.map((c) => `${code(c.address)}: ${c.attributes.map(code).join(', ')}`)],
    ['Added', s.resources.added.map(code)],
  ];
  const planned = s.plan ? `; Terraform ${planCounts(s.plan.actions)}` : '';
  const out = [
    '<details>',
    `<summary><code>${s.name}</code> ${s.change}: ${resourceCounts(s.resources)} resources${planned}</summary>`,
    '',
  ];
  if (s.plan) out.push(...planList(s.plan.changes, max));
  let left = max;
  for (const [title, items] of lists) {
    if (items.length === 0) continue;
    const shown = Math.max(0, Math.min(left, items.length));
    left -= shown;
    out.push(`${title} (${items.length}):`, '');
    out.push(...items.slice(0, shown).map((i) => `- ${i}`));
    if (items.length > shown) out.push(`- … and ${items.length - shown} more (all are in \`--format json\`)`);
    out.push('');
  }
  const extra: string[] = [];
  const d = s.data;
  if (d.added.length + d.changed.length + d.removed.length > 0) extra.push(`data sources ${resourceCounts(d)}`);
  const p = s.providers;
  const providers = [...p.added.map((k) => `+${k}`), ...p.changed.map((k) => `~${k}`), ...p.removed.map((k) => `-${k}`)];
  if (providers.length > 0) extra.push(`providers ${providers.map(code).join(' ')}`);
  if (s.change === 'changed' && s.otherBlocks.length > 0) extra.push(`other blocks changed: ${s.otherBlocks.map(code).join(', ')}`);
  if (extra.length > 0) out.push(`${extra.join(' · ')}`, '');
  out.push('</details>', '');
  return out;
}

const ACTION_ORDER: readonly PlannedChange['action'][] = ['replace', 'delete', 'forget', 'update', 'create', 'read'];

/** Terraform's actions on a stack, the destructive ones first, each with its cause. */
function planList(changes: readonly PlannedChange[], max: number): string[] {
  const ordered = [...changes].sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action));
  if (ordered.length === 0) return ['Terraform plan: no changes.', ''];
  const line = (c: PlannedChange) => {
    const why = cause(c);
    const holds = c.stateful && (c.action === 'replace' || c.action === 'delete') ? ` **destroys data** (${c.stateful})` : '';
    return `- ${c.action === 'replace' || c.action === 'delete' ? `**${c.action}**` : c.action} ${code(c.address)}${holds}${why ? `: ${why}` : ''}`;
  };
  return [`Terraform plan (${ordered.length}):`, '', ...capped(ordered, max, line, (n) => `- … and ${n} more (all are in \`--format json\`)`), ''];
}

/**
 * The review as a pull-request comment: a heading, a one-line summary, a table per stack (resources, monthly cost
 * base → head, budget), warnings (pool/silo moves, removals that destroy data, budgets), policy findings (new,
 * resolved, suppressed), and the addresses per stack in `<details>` blocks. Deterministic for a given report.
 */
export function renderReviewMarkdown(report: ReviewReport, options: ReviewMarkdownOptions = {}): string {
  const maxAddresses = options.maxAddressesPerStack ?? MAX_ADDRESSES_PER_STACK;
  const maxRows = options.maxListRows ?? MAX_LIST_ROWS;
  const out = [REVIEW_MARKER, '## Infrastructure review', '', summaryLine(report), ''];
  out.push(...summaryTable(report));
  out.push(...warnings(report, options, maxRows));
  out.push(...findingsSection(report, maxRows));
  const changed = report.stacks.filter(eventful);
  if (changed.length > 0) {
    out.push('### Stacks', '');
    for (const s of changed) out.push(...stackDetails(s, report, maxAddresses));
  }
  const estimated = report.stacks.some((s) => s.cost.base?.source === 'estimate' || s.cost.head?.source === 'estimate');
  const costNote =
    'Monthly USD: on-demand list-price estimates (hourly × 730) from the cost.json synth wrote beside each stack' +
    `${estimated ? `; ${ESTIMATED} estimated from its cdk.tf.json (no cost.json)` : ''}. A pooled tenant's row includes its pool share; totals count each pool once.`;
  out.push(...report.notes.map((n) => `> ${n}`), ...(report.notes.length > 0 ? [''] : []));
  out.push(`<sub>${costNote}</sub>`, '');
  return out.join('\n');
}
