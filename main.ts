// The cdktf app: `cdktf synth` (via cdktf.json) and `npm run synth` both run this file.
// TENANTS=acme,globex limits the synth to those tenants; TENANTS_FROZEN=1 fails instead of changing the fleet lock file (CI).
// A large fleet is synthesized by worker processes side by side (TENANTS_WORKERS=1 keeps it in this process).
import { parseTenantList } from './lib/model/load';
import { synthInParallel } from './stacks/parallel-synth';
import { skipTokenCreationStacks } from './stacks/token-stack-traces';

skipTokenCreationStacks();

synthInParallel({
  tenantsDir: process.env.TENANTS_DIR ?? 'tenants',
  only: parseTenantList(process.env.TENANTS),
  outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out',
  frozen: ['1', 'true'].includes(process.env.TENANTS_FROZEN ?? ''),
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`synth: internal error (please report): ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 3;
  },
);
