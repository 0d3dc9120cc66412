// The cdktf app: `cdktf synth` (via cdktf.json) and `npm run synth` both run this file.
// TENANTS=acme,globex limits the synth to those tenants; TENANTS_FROZEN=1 fails instead of changing the fleet lock file (CI).
import { parseTenantList } from './lib/model/load';
import { synthTenants } from './stacks/synth';

process.exitCode = synthTenants({
  tenantsDir: process.env.TENANTS_DIR ?? 'tenants',
  only: parseTenantList(process.env.TENANTS),
  outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out',
  frozen: ['1', 'true'].includes(process.env.TENANTS_FROZEN ?? ''),
});
