import * as fs from 'fs';
import { checkDocument } from '../../lib/policy/synth';
import { PolicyReport, isBlocking, isUndecidedError } from '../../lib/policy/finding';
import { PACK_IDS } from '../../lib/policy/packs';
import type { PolicySet } from '../../lib/policy/policy-set';
import { TerraformInputError } from '../../lib/terraform-json';
import { renderJson } from '../../lib/policy/render/json';
import { renderMarkdown } from '../../lib/policy/render/markdown';
import { renderSarif } from '../../lib/policy/render/sarif';
import { renderTable } from '../../lib/policy/render/table';
import { SpecError } from '../../lib/model/errors';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { SynthFolderError } from '../../lib/synth-layout';
import { fleetOf } from './fleet';
import { CheckInputError, CheckTarget, FleetSelection, fileTargets, synthFolderTargets } from './check-targets';
import { CommandSpec, readCommandArgs } from './args';
import { CliIo, EXIT, inputFailure } from './io';
import { VARIABLE_OPTIONS, variableUsage } from './variables';

export const CHECK_FORMATS = ['table', 'json', 'sarif', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/**
 * Exit codes of `tenants check`. `undecided`: no error-level finding, but an error-level rule could not decide a
 * resource (a value it needs is unknown); `--allow-undecided` turns that into 0.
 */
export const CHECK_EXIT = { ok: 0, errorFindings: 1, unusableInput: 2, undecided: 3 } as const;

export const CHECK_USAGE = `Usage: tenants check [--tenant <id> ...] [cdktf.out | file.tf.json | plan.json | dir ...] [--pack <name> ...] [--format table|json|sarif|markdown]

Runs the compliance policy packs over Terraform JSON: baseline always, plus the packs each stack answers to, the
fleet's required packs (tenants/_platform.yaml) and every --pack.

  --tenant <id>            only this tenant (repeat, or give a comma-separated list)
  --pack <name>            also run this pack: ${PACK_IDS.join(', ')}, or one a plugin adds (repeatable)
  --format <format>        table (default), json, sarif or markdown
${variableUsage(24)}
  --allow-undecided        exit 0 (not 3) when the only open results are rules that could not decide
  --transfer-basis <text>  documented GDPR transfer basis (e.g. "SCCs 2021/914"): residency findings become suppressed
  --tenants-dir <dir>      tenant files (default: tenants)
  --out <dir>              the synth folder checked without files (default: cdktf.out)

Without files, and for a synth folder given as a file: every synthesized stack, each with its own packs and
suppressions: tenant-<id> and tenant-<id>-workloads its tenant's, a pool and its workloads stack the strictest
packs of the tenants it serves; with --tenant, that tenant's stacks and the pools serving it.
Other files and folders (a *.tf.json, \`terraform show -json <plan>\` output, or a folder of *.tf.json, checked as one
module with its terraform.tfvars and *.auto.tfvars) get the baseline, or the single --tenant's packs. var.* and
local.* are resolved from defaults, the folder's tfvars, --var-file and --var; a rule that needs a value still
unknown reports the resource as undecided.

Exit codes: 0 clean; 1 an error-level finding remains; 2 the input is unusable; 3 no error finding, but an
error-level rule could not decide (give the values with --var/--var-file or check a plan, or --allow-undecided).
`;

const CHECK_ARGS: CommandSpec<CheckFormat, 'pack' | 'transfer-basis' | 'var' | 'var-file'> = {
  command: 'check',
  usage: CHECK_USAGE,
  common: ['tenant', 'tenants-dir', 'out'],
  formats: CHECK_FORMATS,
  options: { pack: { multiple: true }, 'transfer-basis': {}, ...VARIABLE_OPTIONS },
  flags: ['allow-undecided'],
  positionals: true,
};

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

/** The exit code of a finished check. */
function exitCode(reports: readonly PolicyReport[], allowUndecided: boolean): number {
  if (reports.some((r) => r.findings.some(isBlocking))) return CHECK_EXIT.errorFindings;
  if (!allowUndecided && reports.some((r) => r.findings.some(isUndecidedError))) return CHECK_EXIT.undecided;
  return CHECK_EXIT.ok;
}

/** `tenants check`: returns the exit code; writes the report to stdout and problems and notes to stderr. */
export function runCheck(argv: string[], io: CliIo): number {
  const args = readCommandArgs(argv, CHECK_ARGS, io);
  if (typeof args === 'number') return args;
  const files = args.positionals;
  const packs = args.options.pack;
  const transferBasis = args.options['transfer-basis'][0];
  const inputs = { files: args.options['var-file'], assignments: args.options.var };
  try {
    const fleet = fleetOf(args.tenantsDir);
    const { policy, requiredPacks } = fleet.extensions;
    const unknown = packs.find((p) => !Object.hasOwn(policy.packs, p));
    if (unknown !== undefined) {
      io.stderr(`tenants check: --pack '${unknown}' is not one of: ${Object.keys(policy.packs).join(', ')}; see tenants check --help\n`);
      return EXIT.usage;
    }
    const selected = args.tenants.length > 0 ? fleet.tenants(args.tenants) : [];
    // A synth folder needs every tenant (a pool answers to all its members); without a tenant folder, named folders get the baseline.
    const everyone = (required: boolean): ResolvedTenant[] => (required || fs.existsSync(args.tenantsDir) ? fleet.tenants() : []);
    const selection = (required: boolean): FleetSelection => ({
      tenants: new Map(everyone(required).map((t) => [t.spec.id, t])),
      only: args.tenants,
      note: (text) => io.stderr(text),
    });
    let targets: CheckTarget[];
    if (files.length === 0) {
      targets = synthFolderTargets(args.outDir, selection(true));
    } else {
      targets = fileTargets(files, inputs, selected, () => selection(false));
    }
    const reports = targets.map((t) => checkDocument(t.doc, t.subject, { policy, requiredPacks: [...requiredPacks, ...packs], transferBasis }));
    io.stdout(render(args.format, reports, policy));
    return exitCode(reports, args.flags.has('allow-undecided'));
  } catch (e) {
    return inputFailure('check', io, e, (x) =>
      x instanceof CheckInputError || x instanceof SpecError || x instanceof TerraformInputError || x instanceof SynthFolderError ? x.message : undefined,
    );
  }
}
