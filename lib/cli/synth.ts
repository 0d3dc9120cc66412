import { parseArgs } from 'util';
import { synthTenants } from '../../stacks/synth';
import { CliIo } from './io';

/** `tenants synth [--tenant id ...] [--dir tenants] [--outdir cdktf.out]`: the cdktf app without cdktf-cli. */
export function runSynth(argv: string[], io: CliIo): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'tenants' },
      outdir: { type: 'string', default: 'cdktf.out' },
      tenant: { type: 'string', multiple: true },
    },
  });
  return synthTenants({ tenantsDir: values.dir, outdir: values.outdir, only: values.tenant, stdout: io.stdout, stderr: io.stderr });
}
