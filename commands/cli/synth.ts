import { synthTenants } from '../../stacks/synth';
import { CommandSpec, readCommandArgs } from './args';
import { CliIo } from './io';

export const SYNTH_USAGE = `Usage: tenants synth [--tenant <id> ...] [--tenants-dir <dir>] [--out <dir>] [--frozen]

Synthesizes the tenant stacks, and the pools their pooled tenants live in, without the cdktf CLI. The output folder
is replaced only when every stack succeeds. New pooled tenants are placed on a pool and recorded in
<tenants-dir>/_fleet.lock.json (commit it); placed tenants never move.

  --tenant <id>        only this tenant (repeat, or give a comma-separated list)
  --tenants-dir <dir>  tenant files (default: tenants)
  --out <dir>          where the stacks go, as <dir>/stacks/<stack>/ (default: cdktf.out)
  --frozen             fail instead of changing _fleet.lock.json (for CI, like npm ci)

Exits 1 when a tenant file is invalid or a stack fails its policy or budget checks, 2 on a usage mistake.
`;

const SYNTH_ARGS: CommandSpec = { command: 'synth', usage: SYNTH_USAGE, common: ['tenant', 'tenants-dir', 'out'], flags: ['frozen'] };

/** `tenants synth`: the cdktf app without cdktf-cli. */
export function runSynth(argv: string[], io: CliIo): number {
  const args = readCommandArgs(argv, SYNTH_ARGS, io);
  if (typeof args === 'number') return args;
  return synthTenants({
    tenantsDir: args.tenantsDir,
    outdir: args.outDir,
    only: args.tenants,
    frozen: args.flags.has('frozen'),
    stdout: io.stdout,
    stderr: io.stderr,
  });
}
