import { renderRecommendJson } from '../recommend/render/json';
import { renderRecommendMarkdown } from '../recommend/render/markdown';
import { renderRecommendTable } from '../recommend/render/table';
import { RecommendReport, recommendFromUsage } from '../recommend/report';
import { UsageInputError, readUsageExport } from '../recommend/usage';
import { SpecError } from '../../lib/model/errors';
import { readFleetLock } from '../../lib/model/fleet-lock';
import { fleetOf } from './fleet';
import { CommandSpec, readCommandArgs } from './args';
import type { CliIo } from './io';

export const RECOMMEND_FORMATS = ['table', 'json', 'markdown'] as const;
export type RecommendFormat = (typeof RECOMMEND_FORMATS)[number];

/** Exit codes of `tenants recommend`. */
export const RECOMMEND_EXIT = { fits: 0, recommendations: 1, unusableInput: 2 } as const;

export const RECOMMEND_USAGE = `Usage: tenants recommend --usage <file> [--tenant <id> ...] [--tenants-dir <dir>] [--format table|json|markdown]

Compares each tenant's measured usage with its sizing and says whether it fits, which overrides to change within
its tier, or which tier to move to, with the monthly cost before and after (estimated from its stack, built in
memory) against the tier's budget.

  --usage <file>       usage export: JSON, or CSV when the name ends in .csv (see docs/recommend.md) (required)
  --tenant <id>        only this tenant (repeat, or give a comma-separated list)
  --tenants-dir <dir>  tenant files (default: tenants)
  --format <format>    table (default), json or markdown (for a pull request or issue, with the YAML to apply)

Exits 0 when every tenant assessed fits, 1 when a change is recommended, 2 when the usage file, a tenant file or
an option is unusable.
`;

const RECOMMEND_ARGS: CommandSpec<RecommendFormat, 'usage'> = {
  command: 'recommend',
  usage: RECOMMEND_USAGE,
  common: ['tenant', 'tenants-dir'],
  formats: RECOMMEND_FORMATS,
  options: { usage: {} },
};

/**
 * `tenants recommend`: rightsizing from a usage export.
 * @returns 0 when every tenant assessed fits, 1 when a change is recommended, 2 for unusable input.
 */
export function runRecommend(argv: readonly string[], io: CliIo): number {
  const args = readCommandArgs(argv, RECOMMEND_ARGS, io);
  if (typeof args === 'number') return args;
  const fail = (lines: string) => {
    for (const line of lines.split('\n')) io.stderr(`tenants recommend: ${line.replace(/^\s+-\s+/, '')}\n`);
    return RECOMMEND_EXIT.unusableInput;
  };
  const file = args.options.usage[0];
  if (!file) {
    return fail('--usage <file> is required: the usage export to compare tenants with (format in docs/recommend.md); see tenants recommend --help');
  }
  let report: RecommendReport;
  try {
    const usage = readUsageExport(file);
    const fleet = fleetOf(args.tenantsDir);
    const tenants = fleet.tenants();
    report = recommendFromUsage(usage, tenants, {
      catalogue: fleet.catalogue,
      tenantsDir: args.tenantsDir,
      usageFile: file,
      only: args.tenants,
      fleetLock: readFleetLock(args.tenantsDir),
      poolHeadroomPercent: fleet.settings.pools.headroomPercent,
    });
  } catch (e) {
    if (e instanceof UsageInputError || e instanceof SpecError) return fail(e.message);
    return fail(`unexpected error: ${e instanceof Error ? e.message : String(e)}`);
  }
  const render = args.format === 'json' ? renderRecommendJson : args.format === 'markdown' ? renderRecommendMarkdown : renderRecommendTable;
  io.stdout(render(report));
  for (const t of report.tenants) {
    if (t.cost.after?.budgetStatus === 'over') {
      io.stderr(`warning: ${t.id}: the recommended state is estimated over the ${t.change?.tier ?? t.tier} tier's budget; the synth would fail on it\n`);
    }
  }
  return report.summary.changes > 0 ? RECOMMEND_EXIT.recommendations : RECOMMEND_EXIT.fits;
}
