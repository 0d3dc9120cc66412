import * as fs from 'fs';
import * as path from 'path';
import { PoolCostAllocationSchema, checkPooledTenant } from '../pool/cost';
import { poolStackName } from '../pool/placement';
import { tiers } from '../../tiers';
import { checkBudget } from '../cost/budget';
import { estimateCost, summarize } from '../cost/estimate';
import type { CostReport } from '../cost/model';
import { renderCostJson } from '../cost/render/json';
import { renderCostMarkdown } from '../cost/render/markdown';
import type { ReportEntry } from '../cost/render/rows';
import { renderCostTable } from '../cost/render/table';
import { TerraformDocument, TerraformInputError, readTerraformFile } from '../terraform';
import { tenantUsage } from '../cost/usage';
import { SpecError } from '../spec/errors';
import { loadTenants } from '../spec/load';
import type { ResolvedTenant } from '../spec/resolve';
import { CommandArgs, CommandSpec, readCommandArgs } from './args';
import { CliIo, inputFailure } from './io';

export const COST_FORMATS = ['table', 'json', 'markdown'] as const;
export type CostFormat = (typeof COST_FORMATS)[number];

/** Exit codes of `tenants cost`. */
export const COST_EXIT = { ok: 0, overBudget: 1, unusableInput: 2 } as const;

export const COST_USAGE = `Usage: tenants cost [--tenant <id> ...] [file.tf.json | plan.json ...] [--format table|json|markdown]

Estimates the monthly cost of tenant stacks from on-demand list prices.

  --tenant <id>        only this tenant (repeat, or give a comma-separated list)
  --format <format>    table (default), json or markdown
  --tenants-dir <dir>  tenant files (default: tenants)
  --out <dir>          synthesized stacks, read as <dir>/stacks/tenant-<id>/cdk.tf.json (default: cdktf.out)

With files (a cdk.tf.json or \`terraform show -json <plan>\` output), estimates those files; with one --tenant, the
files are that tenant's and are checked against its tier's budget. Without files, reads every tenant's synthesized
stack. Exits 1 when a tenant is over budget, 2 when the input is unusable.
`;

const COST_ARGS: CommandSpec<CostFormat> = {
  command: 'cost',
  usage: COST_USAGE,
  common: ['tenant', 'tenants-dir', 'out'],
  formats: COST_FORMATS,
  positionals: true,
};

type CostArgs = CommandArgs<CostFormat>;

/** A problem with the command's input (a missing stack or pool allocation): printed without a stack trace, exit 2. */
class InputError extends Error {}

/** How `tenants cost` words a file it cannot use. */
function inputProblem(e: TerraformInputError): string {
  const file = e.file ?? 'input';
  switch (e.reason) {
    case 'unreadable':
      return `cannot read '${file}' (${e.detail})`;
    case 'invalid-json':
      return `'${file}' is not valid JSON (${e.detail}); pass a cdk.tf.json or the output of \`terraform show -json <planfile>\``;
    case 'not-an-object':
      return `'${file}': expected a JSON object (a cdk.tf.json or \`terraform show -json\` plan output)`;
    case 'not-terraform':
      return `'${file}': neither a cdk.tf.json (no "resource", "provider" or "terraform" key) nor \`terraform show -json\` plan output (no "planned_values")`;
    case 'invalid-resource-block':
      return `'${file}': "resource" must be an object of resource types`;
  }
}

function tenantEntry(tenant: ResolvedTenant, docs: readonly TerraformDocument[]): ReportEntry {
  const usage = tenantUsage(tenant);
  const resources = docs.flatMap((doc) => estimateCost(doc, { name: tenant.spec.id, usage }).resources);
  const report = summarize(tenant.spec.id, resources);
  return { report, budget: checkBudget(report, tenant.tier.budget, `tenant '${tenant.spec.id}' (${tenant.tier.name} tier)`) };
}

/** A pooled tenant pays its own resources plus its share of its pool, from the pool's synthesized allocation. */
function withPoolShare(tenant: ResolvedTenant, entry: ReportEntry, outDir: string): ReportEntry {
  const pool = poolStackName(tenant.spec.cloud, tenant.spec.region);
  const file = path.join(outDir, 'stacks', pool, 'allocation.json');
  if (!fs.existsSync(file)) throw new InputError(`no cost allocation for pool '${pool}' at ${file}; run \`cdktf synth\` first`);
  const parsed = PoolCostAllocationSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new InputError(`${file} is not a pool cost allocation; synthesize again`);
  const { report, check } = checkPooledTenant(entry.report, parsed.data, tenant);
  return { report, budget: check };
}

function fileEntry(file: string, doc: TerraformDocument): ReportEntry {
  const report: CostReport = estimateCost(doc, { name: file });
  return { report };
}

function entriesFor(args: CostArgs): ReportEntry[] {
  const tenantsFor = (only: readonly string[]) => loadTenants({ dir: args.tenantsDir, catalogue: tiers, only });
  if (args.positionals.length > 0) {
    const docs = args.positionals.map((f) => ({ file: f, doc: readTerraformFile(f) }));
    if (args.tenants.length === 0) return docs.map(({ file, doc }) => fileEntry(file, doc));
    const tenants = tenantsFor(args.tenants);
    if (tenants.length === 1) return [tenantEntry(tenants[0], docs.map((d) => d.doc))];
    // Several tenants: each file belongs to the tenant whose stack directory (tenant-<id>) it is in.
    return docs.map(({ file, doc }) => {
      const parts = path.resolve(file).split(path.sep);
      const tenant = tenants.find((t) => parts.includes(`tenant-${t.spec.id}`));
      return tenant ? tenantEntry(tenant, [doc]) : fileEntry(file, doc);
    });
  }
  const tenants = tenantsFor(args.tenants);
  return tenants.map((tenant) => {
    const file = path.join(args.outDir, 'stacks', `tenant-${tenant.spec.id}`, 'cdk.tf.json');
    if (!fs.existsSync(file)) {
      throw new InputError(`no synthesized stack for tenant '${tenant.spec.id}' at ${file}; run \`cdktf synth\` first, or pass files`);
    }
    const entry = tenantEntry(tenant, [readTerraformFile(file)]);
    return tenant.tier.isolation === 'pooled' ? withPoolShare(tenant, entry, args.outDir) : entry;
  });
}

/**
 * `tenants cost`: estimates tenant stacks or Terraform JSON files and prints a table, JSON or markdown.
 * @returns 0, 1 when a tenant is over budget, 2 when the input is unusable.
 */
export function runCost(argv: readonly string[], io: CliIo): number {
  const args = readCommandArgs(argv, COST_ARGS, io);
  if (typeof args === 'number') return args;
  let entries: ReportEntry[];
  try {
    entries = entriesFor(args);
  } catch (e) {
    return inputFailure('cost', io, e, (x) =>
      x instanceof TerraformInputError ? inputProblem(x) : x instanceof InputError || x instanceof SpecError ? x.message : undefined,
    );
  }
  const render = args.format === 'json' ? renderCostJson : args.format === 'markdown' ? renderCostMarkdown : renderCostTable;
  io.stdout(render(entries));
  for (const { budget } of entries) {
    if (budget && budget.status !== 'ok') io.stderr(`${budget.status === 'over' ? 'error' : 'warning'}: ${budget.message}\n`);
  }
  return entries.some((e) => e.budget?.status === 'over') ? COST_EXIT.overBudget : COST_EXIT.ok;
}
