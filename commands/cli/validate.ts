import { SpecError } from '../../lib/model/errors';
import { validateTenants } from '../../stacks/validate';
import { CommandSpec, readCommandArgs } from './args';
import { CliIo, EXIT, printErrors } from './io';

export const VALIDATE_USAGE = `Usage: tenants validate [--tenant <id> ...] [--tenants-dir <dir>]

Runs every check synth runs, without writing anything: the tenant files against the schema and their tiers, pool
placement and capacity, what each construct checks (node sizes, quotas), then every stack's policy error findings and
budget. Every problem is reported with its tenant, file (and line) and fix.

  --tenant <id>        only this tenant (repeat, or give a comma-separated list)
  --tenants-dir <dir>  tenant files (default: tenants)

Exits 1 when a tenant file is invalid or a stack would fail synth, 2 on a usage mistake.
`;

const VALIDATE_ARGS: CommandSpec = { command: 'validate', usage: VALIDATE_USAGE, common: ['tenant', 'tenants-dir'] };

/** `tenants validate`: everything synth checks, on an app built in memory. */
export function runValidate(argv: string[], io: CliIo): number {
  const args = readCommandArgs(argv, VALIDATE_ARGS, io);
  if (typeof args === 'number') return args;
  try {
    const summary = validateTenants({ tenantsDir: args.tenantsDir, only: args.tenants, warn: (m) => io.stderr(`${m}\n`) });
    io.stdout(`ok: ${summary.tenants} tenant(s) valid in ${args.tenantsDir}/; ${summary.stacks.length} stack(s) pass their policy and budget checks\n`);
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    printErrors(io, e);
    return EXIT.findings;
  }
}
