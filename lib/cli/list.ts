import { parseArgs } from 'util';
import { SpecError } from '../spec/errors';
import { loadTenants } from '../spec/load';
import { tiers } from '../../tiers';
import { CliIo, EXIT } from './io';
import { renderTable } from './table';

/** `tenants list [--dir tenants] [--format table|json]`: every tenant with its tier, placement and size. */
export function runList(argv: string[], io: CliIo): number {
  const { values } = parseArgs({
    args: argv,
    options: { dir: { type: 'string', default: 'tenants' }, format: { type: 'string', default: 'table' } },
  });
  if (values.format !== 'table' && values.format !== 'json') {
    io.stderr(`unknown --format '${values.format}'; use table or json\n`);
    return EXIT.usage;
  }
  let tenants;
  try {
    tenants = loadTenants({ dir: values.dir!, catalogue: tiers });
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.findings;
  }
  const rows = tenants.map((t) => ({
    id: t.spec.id,
    stack: `tenant-${t.spec.id}`,
    tier: t.tier.name,
    isolation: t.tier.isolation,
    cloud: t.spec.cloud,
    region: t.spec.region,
    nodes: `${t.sizing.nodes.min}-${t.sizing.nodes.max} x ${t.sizing.nodes.vcpu} vCPU / ${t.sizing.nodes.memoryGiB} GiB`,
    compliance: t.spec.compliance.join(', ') || '-',
  }));
  io.stdout(values.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : renderTable(rows));
  return EXIT.ok;
}
