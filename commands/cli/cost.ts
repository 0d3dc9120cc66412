import * as fs from 'fs';
import * as path from 'path';
import { estimateTenantCost, gateTenantCost } from '../../lib/cost/budget-gate';
import { estimateCost } from '../../lib/cost/estimate';
import type { PriceCatalogs } from '../../lib/cost/catalog';
import type { CostReport } from '../../lib/cost/model';
import { renderCostJson } from '../../lib/cost/render/json';
import { renderCostMarkdown } from '../../lib/cost/render/markdown';
import type { ReportEntry } from '../../lib/cost/render/rows';
import { renderCostTable } from '../../lib/cost/render/table';
import { TerraformDocument, TerraformInputError, readTerraformFile } from '../../lib/terraform-json';
import { SpecError } from '../../lib/model/errors';
import { fleetOf } from './fleet';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { ALLOCATION_FILES, SynthFolderError, poolStackName, readAllocation, stackDir, stackFile, tenantStackName } from '../../lib/synth-layout';
import { CommandArgs, CommandSpec, readCommandArgs } from './args';
import { CliIo, inputFailure } from './io';
import { VARIABLE_OPTIONS, valuesFor, variableUsage } from './variables';

export const COST_FORMATS = ['table', 'json', 'markdown'] as const;
export type CostFormat = (typeof COST_FORMATS)[number];

/** Exit codes of `tenants cost`. */
export const COST_EXIT = { ok: 0, overBudget: 1, unusableInput: 2 } as const;

export const COST_USAGE = `Usage: tenants cost [--tenant <id> ...] [file.tf.json | plan.json ...] [--format table|json|markdown]

Estimates the monthly cost of tenant stacks from on-demand list prices.

  --tenant <id>        only this tenant (repeat, or give a comma-separated list)
  --format <format>    table (default), json or markdown
${variableUsage(20)}
  --tenants-dir <dir>  tenant files (default: tenants)
  --out <dir>          synthesized stacks, read as <dir>/stacks/tenant-<id>/cdk.tf.json (default: cdktf.out)

With files (a cdk.tf.json or \`terraform show -json <plan>\` output), estimates those files; with one --tenant, the
files are that tenant's and are checked against its tier's budget. Without files, reads every tenant's synthesized
stack. var.* and local.* in files are resolved from defaults, the file's folder's terraform.tfvars and *.auto.tfvars,
--var-file and --var (a count or size still unknown is listed as not estimated). Exits 1 when a tenant is over budget,
2 when the input is unusable.
`;

const COST_ARGS: CommandSpec<CostFormat, 'var' | 'var-file'> = {
  command: 'cost',
  usage: COST_USAGE,
  common: ['tenant', 'tenants-dir', 'out'],
  formats: COST_FORMATS,
  options: VARIABLE_OPTIONS,
  positionals: true,
};

type CostArgs = CommandArgs<CostFormat, 'var' | 'var-file'>;

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
    case 'invalid-variables':
      return e.message;
  }
}

function tenantEntry(tenant: ResolvedTenant, docs: readonly TerraformDocument[], catalogs: PriceCatalogs): ReportEntry {
  const { report, check } = estimateTenantCost(docs, tenant, { catalogs });
  return { report, budget: check };
}

/** A pooled tenant pays its own resources plus its share of its pool, from the pool's synthesized allocation. */
function withPoolShare(tenant: ResolvedTenant, entry: ReportEntry, outDir: string): ReportEntry {
  const pool = poolStackName(tenant.spec.cloud, tenant.spec.region);
  let allocation;
  try {
    allocation = readAllocation(outDir, pool);
  } catch (e) {
    if (!(e instanceof SynthFolderError)) throw e;
    throw new InputError(`tenant '${tenant.spec.id}' (pooled in ${pool}): ${e.message}`);
  }
  if (!allocation) {
    const file = path.join(stackDir(outDir, pool), ALLOCATION_FILES.json);
    throw new InputError(`no cost allocation for pool '${pool}' at ${file}; run \`cdktf synth\` first`);
  }
  const { report, check } = gateTenantCost(entry.report, tenant, allocation);
  return { report, budget: check };
}

function fileEntry(file: string, doc: TerraformDocument, catalogs: PriceCatalogs): ReportEntry {
  const report: CostReport = estimateCost(doc, { name: file, catalogs });
  return { report };
}

function entriesFor(args: CostArgs): ReportEntry[] {
  const fleet = fleetOf(args.tenantsDir);
  const catalogs = fleet.extensions.prices;
  const tenantsFor = (only: readonly string[]) => fleet.tenants(only);
  if (args.positionals.length > 0) {
    const inputs = { files: args.options['var-file'], assignments: args.options.var };
    const docs = args.positionals.map((f) => ({ file: f, doc: readTerraformFile(f, { variables: valuesFor(path.dirname(f), inputs) }) }));
    if (args.tenants.length === 0) return docs.map(({ file, doc }) => fileEntry(file, doc, catalogs));
    const tenants = tenantsFor(args.tenants);
    if (tenants.length === 1) return [tenantEntry(tenants[0], docs.map((d) => d.doc), catalogs)];
    // Several tenants: each file belongs to the tenant whose stack directory (tenant-<id>) it is in.
    return docs.map(({ file, doc }) => {
      const parts = path.resolve(file).split(path.sep);
      const tenant = tenants.find((t) => parts.includes(tenantStackName(t.spec.id)));
      return tenant ? tenantEntry(tenant, [doc], catalogs) : fileEntry(file, doc, catalogs);
    });
  }
  const tenants = tenantsFor(args.tenants);
  return tenants.map((tenant) => {
    const file = stackFile(args.outDir, tenantStackName(tenant.spec.id));
    if (!fs.existsSync(file)) {
      throw new InputError(`no synthesized stack for tenant '${tenant.spec.id}' at ${file}; run \`cdktf synth\` first, or pass files`);
    }
    const entry = tenantEntry(tenant, [readTerraformFile(file)], catalogs);
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
      x instanceof TerraformInputError ? inputProblem(x) : x instanceof InputError || x instanceof SpecError || x instanceof SynthFolderError ? x.message : undefined,
    );
  }
  const render = args.format === 'json' ? renderCostJson : args.format === 'markdown' ? renderCostMarkdown : renderCostTable;
  io.stdout(render(entries));
  for (const { budget } of entries) {
    if (!budget || budget.status === 'ok') continue;
    const label = budget.status === 'over' ? 'error' : 'warning';
    io.stderr(budget.message.split('\n').filter((l) => l.trim() !== '').map((l) => `${label}: ${l}\n`).join(''));
  }
  // A resource that cannot be priced as given (a negative size, an absurd count) makes the input unusable.
  const invalid = entries.flatMap(({ report }) => report.resources.filter((r) => r.status === 'failed').map((r) => `${report.name}: ${r.address}: ${r.notes[0]}`));
  if (invalid.length > 0) {
    io.stderr(invalid.map((l) => `tenants cost: ${l}\n`).join(''));
    return COST_EXIT.unusableInput;
  }
  return entries.some((e) => e.budget?.status === 'over') ? COST_EXIT.overBudget : COST_EXIT.ok;
}
