import * as fs from 'fs';
import { renderReviewJson } from '../review/render/json';
import { renderReviewMarkdown } from '../review/render/markdown';
import { ReviewInputError, readSynthFolder } from '../review/folder';
import { reviewSynths } from '../review/review';
import { PlanInputError } from '../review/plan';
import { SpecError } from '../../lib/model/errors';
import { fleetOf } from './fleet';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { TerraformInputError } from '../../lib/terraform-json';
import { CommandSpec, DEFAULT_OUT_DIR, DEFAULT_TENANTS_DIR, readCommandArgs } from './args';
import { CliIo, inputFailure } from './io';

export const REVIEW_FORMATS = ['markdown', 'json'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** Exit codes of `tenants review`. */
export const REVIEW_EXIT = { ok: 0, findings: 1, unusableInput: 2 } as const;

export const REVIEW_USAGE = `Usage: tenants review --base <dir> [--head <dir>] [--head-plans <dir>] [--base-plans <dir>] [--tenants-dir <dir>]
                      [--format markdown|json] [--fail-on-findings]

Compares two synthesized folders (the base branch's and the pull request's) for a pull-request comment: stacks and
resources added, changed and removed, removals that destroy data, tenants moving between pool and silo, monthly
cost per stack and its delta, tenant budgets, and policy findings new, resolved and suppressed in head. With plans
(terraform show -json per stack), it reports Terraform's own actions: create, update, replace (with the attributes
that force it), delete, and stateful resources replaced or deleted.

  --base <dir>         the base branch's synth, <dir>/stacks/<stack>/cdk.tf.json (required)
  --head <dir>         the pull request's synth (default: cdktf.out)
  --head-plans <dir>   head's plans, <dir>/<stack>.plan.json (default: plan.json beside each head cdk.tf.json, if any)
  --base-plans <dir>   base's plans, to see changes pending before the pull request (default: plan.json beside each)
  --tenants-dir <dir>  the pull request's tenant files: frameworks, suppressions, budgets (default: tenants)
  --format <format>    markdown (default) or json
  --docs-url <url>     URL docs/ paths are relative to, to link them in the comment
  --fail-on-findings   exit 1 when head has new error-level findings, a tenant over budget, or a plan that
                       replaces or deletes a stateful resource

Exits 0 with the comment on stdout, 1 only with --fail-on-findings, 2 when a folder or file is unusable.
`;

const REVIEW_ARGS: CommandSpec<ReviewFormat, 'base' | 'head' | 'docs-url' | 'head-plans' | 'base-plans'> = {
  command: 'review',
  usage: REVIEW_USAGE,
  common: ['tenants-dir'],
  formats: REVIEW_FORMATS,
  options: { base: {}, head: {}, 'docs-url': {}, 'head-plans': {}, 'base-plans': {} },
  flags: ['fail-on-findings'],
};

/** How `tenants review` words a stack file it cannot use. */
function inputProblem(e: TerraformInputError): string {
  const file = e.file ?? 'input';
  switch (e.reason) {
    case 'unreadable':
      return `cannot read '${file}' (${e.detail}); synthesize that folder again`;
    case 'invalid-json':
      return `'${file}' is not valid JSON (${e.detail}); synthesize that folder again`;
    case 'not-an-object':
    case 'not-terraform':
    case 'invalid-resource-block':
    case 'invalid-variables':
      return `'${file}' is not a synthesized Terraform stack (${e.message.replace(`${file}: `, '')}); synthesize that folder again`;
  }
}

/**
 * The head's tenant files, or none when the default folder does not exist (the review then runs the baseline
 * pack only and shows no budgets). A folder given with --tenants-dir must exist.
 */
function reviewTenants(dir: string): ResolvedTenant[] {
  if (!fs.existsSync(dir)) {
    if (dir === DEFAULT_TENANTS_DIR) return [];
    throw new ReviewInputError(`tenant folder '${dir}' does not exist; pass the pull request's tenant folder with --tenants-dir`);
  }
  return fleetOf(dir).tenants();
}

/**
 * `tenants review`: compares the base branch's synth with the pull request's and prints a markdown comment (or JSON).
 * @returns 0, 1 with --fail-on-findings when head has new error findings, a tenant over budget or a plan destroying
 *   stateful resources, 2 for unusable input.
 */
export function runReview(argv: readonly string[], io: CliIo): number {
  const args = readCommandArgs(argv, REVIEW_ARGS, io);
  if (typeof args === 'number') return args;
  const failOnFindings = args.flags.has('fail-on-findings');
  const base = args.options.base[0];
  if (!base) {
    io.stderr('tenants review: --base <dir> is required: the folder the base branch was synthesized into; see tenants review --help\n');
    return REVIEW_EXIT.unusableInput;
  }
  const head = args.options.head[0] ?? DEFAULT_OUT_DIR;
  try {
    const tenants = reviewTenants(args.tenantsDir);
    const baseFolder = readSynthFolder(base, 'base', { plansDir: args.options['base-plans'][0] });
    const headFolder = readSynthFolder(head, 'head', { plansDir: args.options['head-plans'][0] });
    const report = reviewSynths(baseFolder, headFolder, { tenants, tenantsDir: args.tenantsDir });
    io.stdout(args.format === 'json' ? renderReviewJson(report) : renderReviewMarkdown(report, { docsBaseUrl: args.options['docs-url'][0] }));
    const failing = report.summary.findings.newErrors > 0 || report.summary.overBudget.length > 0 || report.blockers.length > 0;
    return failOnFindings && failing ? REVIEW_EXIT.findings : REVIEW_EXIT.ok;
  } catch (e) {
    return inputFailure('review', io, e, (x) =>
      x instanceof TerraformInputError ? inputProblem(x) : x instanceof ReviewInputError || x instanceof SpecError || x instanceof PlanInputError ? x.message : undefined,
    );
  }
}
