import { synthInParallel } from '../../stacks/parallel-synth';
import { CommandSpec, readCommandArgs } from './args';
import { CliIo, EXIT } from './io';

export const SYNTH_USAGE = `Usage: tenants synth [--tenant <id> ...] [--tenants-dir <dir>] [--out <dir>] [--frozen] [--workers <n>]

Synthesizes the tenant stacks, and the pools their pooled tenants live in, without the cdktf CLI. Every stack is
validated (policy, budget) before any is written; the output folder is replaced only when every stack succeeds, and
only when it is a previous synth output (or new, or empty): any other folder is refused, never deleted. New pooled
tenants are placed on a pool and recorded in <tenants-dir>/_fleet.lock.json (commit it); placed tenants never move.

  --tenant <id>        only this tenant (repeat, or give a comma-separated list)
  --tenants-dir <dir>  tenant files (default: tenants)
  --out <dir>          where the stacks go, as <dir>/stacks/<stack>/ (default: cdktf.out)
  --frozen             fail instead of changing _fleet.lock.json (for CI, like npm ci)
  --workers <n>        processes that synthesize side by side (default: the cores, up to 4, from 120 stacks; 1 for none)

Exits 1 when a tenant file is invalid or a stack fails its policy or budget checks, 2 on a usage mistake or an
output folder that cannot be used. On SIGINT or SIGTERM the staging folder is removed and the output left as it was.
`;

const SYNTH_ARGS: CommandSpec<never, 'workers'> = {
  command: 'synth',
  usage: SYNTH_USAGE,
  common: ['tenant', 'tenants-dir', 'out'],
  flags: ['frozen'],
  options: { workers: {} },
};

/** `tenants synth`: the cdktf app without cdktf-cli. */
export async function runSynth(argv: string[], io: CliIo): Promise<number> {
  const args = readCommandArgs(argv, SYNTH_ARGS, io);
  if (typeof args === 'number') return args;
  const workers = args.options.workers[0];
  if (workers !== undefined && !/^[1-9]\d*$/.test(workers)) {
    io.stderr(`tenants synth: --workers '${workers}' is not a whole number of 1 or more; see tenants synth --help\n`);
    return EXIT.usage;
  }
  return synthInParallel({
    workers: workers === undefined ? undefined : Number(workers),
    tenantsDir: args.tenantsDir,
    outdir: args.outDir,
    only: args.tenants,
    frozen: args.flags.has('frozen'),
    stdout: io.stdout,
    stderr: io.stderr,
  });
}
