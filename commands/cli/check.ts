import * as fs from 'fs';
import * as path from 'path';
import { checkTerraform } from '../../lib/policy/engine';
import { PolicyReport, isBlocking } from '../../lib/policy/finding';
import { PACK_IDS, packsFor } from '../../lib/policy/packs';
import type { PolicySet } from '../../lib/policy/policy-set';
import { TerraformDocument, TerraformInputError, mergeDocuments, readTerraformFile } from '../../lib/terraform-json';
import { renderJson } from '../../lib/policy/render/json';
import { renderMarkdown } from '../../lib/policy/render/markdown';
import { renderSarif } from '../../lib/policy/render/sarif';
import { renderTable } from '../../lib/policy/render/table';
import { SpecError } from '../../lib/model/errors';
import { fleetOf } from './fleet';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { stackFile, tenantStackName } from '../../lib/synth-layout';
import { CommandSpec, readCommandArgs } from './args';
import { CliIo, EXIT, inputFailure } from './io';

export const CHECK_FORMATS = ['table', 'json', 'sarif', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Exit codes of `tenants check`. */
export const CHECK_EXIT = { ok: 0, errorFindings: 1, unusableInput: 2 } as const;

export const CHECK_USAGE = `Usage: tenants check [--tenant <id> ...] [file.tf.json | plan.json | dir ...] [--pack <name> ...] [--format table|json|sarif|markdown]

Runs the compliance policy packs over Terraform JSON: baseline always, plus each tenant's compliance frameworks
and every --pack.

  --tenant <id>            only this tenant (repeat, or give a comma-separated list)
  --pack <name>            also run this pack: ${PACK_IDS.join(', ')}, or one a plugin adds (repeatable)
  --format <format>        table (default), json, sarif or markdown
  --transfer-basis <text>  documented GDPR transfer basis (e.g. "SCCs 2021/914"): residency findings become suppressed
  --tenants-dir <dir>      tenant files (default: tenants)
  --out <dir>              synthesized stacks, read as <dir>/stacks/tenant-<id>/cdk.tf.json (default: cdktf.out)

With files or folders (a *.tf.json, \`terraform show -json <plan>\` output, or a folder of *.tf.json, checked as one
module), checks those; with one --tenant they get that tenant's packs and suppressions. Without files, checks every
selected tenant's synthesized stack. Exits 1 when an error-level finding remains, 2 when the input is unusable.
`;

const CHECK_ARGS: CommandSpec<CheckFormat, 'pack' | 'transfer-basis'> = {
  command: 'check',
  usage: CHECK_USAGE,
  common: ['tenant', 'tenants-dir', 'out'],
  formats: CHECK_FORMATS,
  options: { pack: { multiple: true }, 'transfer-basis': {} },
  positionals: true,
};

/** A problem with the command's input (a file, folder or tenant): printed without a stack trace, exit 2. */
class InputError extends Error {}

/** Every *.tf.json under a folder (skipping .terraform and node_modules). */
function tfJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !['.terraform', 'node_modules', '.git'].includes(entry.name)) out.push(...tfJsonFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.tf.json')) out.push(full);
  }
  return out;
}

interface Target {
  readonly name: string;
  readonly doc: TerraformDocument;
  readonly tenant?: ResolvedTenant;
}

/** Files and folders named on the command line; a folder's *.tf.json files form one module per folder. */
function fileTargets(files: readonly string[], tenant?: ResolvedTenant): Target[] {
  return files.flatMap((f) => {
    if (!fs.existsSync(f)) throw new InputError(`${f}: no such file or folder`);
    if (!fs.statSync(f).isDirectory()) return [{ name: f, doc: readTerraformFile(f), tenant }];
    const found = tfJsonFiles(f);
    if (found.length === 0) throw new InputError(`${f}: the folder has no *.tf.json files`);
    const byDir = new Map<string, string[]>();
    for (const file of found) byDir.set(path.dirname(file), [...(byDir.get(path.dirname(file)) ?? []), file]);
    return [...byDir].map(([dir, list]) => ({ name: dir, doc: mergeDocuments(list.map((file) => readTerraformFile(file))), tenant }));
  });
}

/** The synthesized stack of each tenant. */
function stackTargets(tenants: readonly ResolvedTenant[], outDir: string): Target[] {
  return tenants.map((tenant) => {
    const file = stackFile(outDir, tenantStackName(tenant.spec.id));
    if (!fs.existsSync(file)) throw new InputError(`${file}: not found; run \`cdktf synth\` first (tenant '${tenant.spec.id}')`);
    return { name: file, doc: readTerraformFile(file), tenant };
  });
}

function render(format: CheckFormat, reports: readonly PolicyReport[], policy: PolicySet): string {
  switch (format) {
    case 'json':
      return renderJson(reports);
    case 'sarif':
      return renderSarif(reports, { policy, readFile: (f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined) });
    case 'markdown':
      return renderMarkdown(reports, policy);
    case 'table':
      return renderTable(reports);
  }
}

/** `tenants check`: returns the exit code; writes the report to stdout and problems to stderr. */
export function runCheck(argv: string[], io: CliIo): number {
  const args = readCommandArgs(argv, CHECK_ARGS, io);
  if (typeof args === 'number') return args;
  const files = args.positionals;
  const packs = args.options.pack;
  const transferBasis = args.options['transfer-basis'][0];
  try {
    const needTenants = args.tenants.length > 0 || files.length === 0;
    const fleet = fleetOf(args.tenantsDir);
    const { policy, requiredPacks } = fleet.extensions;
    const unknown = packs.find((p) => !Object.hasOwn(policy.packs, p));
    if (unknown !== undefined) {
      io.stderr(`tenants check: --pack '${unknown}' is not one of: ${Object.keys(policy.packs).join(', ')}; see tenants check --help\n`);
      return EXIT.usage;
    }
    const tenants = needTenants ? fleet.tenants(args.tenants) : [];
    if (files.length > 0 && tenants.length > 1) {
      throw new InputError('files can be checked against one tenant at a time; give a single --tenant');
    }
    const targets = files.length > 0 ? fileTargets(files, tenants[0]) : stackTargets(tenants, args.outDir);
    const reports = targets.map((t) =>
      checkTerraform(t.doc, {
        policy,
        packs: [...packsFor(t.tenant?.spec.compliance ?? []), ...requiredPacks, ...packs],
        suppressions: t.tenant?.spec.suppressions ?? [],
        transferBasis: transferBasis ?? t.tenant?.spec.transferBasis,
        target: t.name,
      }),
    );
    io.stdout(render(args.format, reports, policy));
    return reports.some((r) => r.findings.some(isBlocking)) ? CHECK_EXIT.errorFindings : CHECK_EXIT.ok;
  } catch (e) {
    return inputFailure('check', io, e, (x) =>
      x instanceof InputError || x instanceof SpecError || x instanceof TerraformInputError ? x.message : undefined,
    );
  }
}
