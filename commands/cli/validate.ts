import { SpecError } from '../../lib/model/errors';
import { fleetOf } from './fleet';
import { CommandSpec, readCommandArgs } from './args';
import { CliIo, EXIT } from './io';

export const VALIDATE_USAGE = `Usage: tenants validate [--tenant <id> ...] [--tenants-dir <dir>]

Checks tenant files against the schema and fits each tenant to its tier; every problem is reported with its file,
line and fix.

  --tenant <id>        only this tenant (repeat, or give a comma-separated list)
  --tenants-dir <dir>  tenant files (default: tenants)

Exits 1 when a tenant file is invalid, 2 on a usage mistake.
`;

const VALIDATE_ARGS: CommandSpec = { command: 'validate', usage: VALIDATE_USAGE, common: ['tenant', 'tenants-dir'] };

/** `tenants validate`: checks tenant files against the schema and their tiers. */
export function runValidate(argv: string[], io: CliIo): number {
  const args = readCommandArgs(argv, VALIDATE_ARGS, io);
  if (typeof args === 'number') return args;
  try {
    const tenants = fleetOf(args.tenantsDir).tenants(args.tenants);
    io.stdout(`ok: ${tenants.length} tenant file(s) valid in ${args.tenantsDir}/\n`);
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.findings;
  }
}
