import { parseArgs } from 'util';
import { SpecError } from '../spec/errors';
import { loadTenants } from '../spec/load';
import { tiers } from '../../tiers';
import { CliIo, EXIT } from './io';

/** `tenants validate [--dir tenants] [--tenant id ...]`: checks tenant files against the schema and their tiers. */
export function runValidate(argv: string[], io: CliIo): number {
  const { values } = parseArgs({
    args: argv,
    options: { dir: { type: 'string', default: 'tenants' }, tenant: { type: 'string', multiple: true } },
  });
  try {
    const tenants = loadTenants({ dir: values.dir!, catalogue: tiers, only: values.tenant });
    io.stdout(`ok: ${tenants.length} tenant file(s) valid in ${values.dir}/\n`);
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.findings;
  }
}
