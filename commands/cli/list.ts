import { SpecError } from '../../lib/model/errors';
import { fleetOf } from './fleet';
import { tenantStackName } from '../../lib/synth-layout';
import { CommandSpec, readCommandArgs } from './args';
import { CliIo, EXIT, printErrors } from './io';
import { renderTable } from './table';

export const LIST_FORMATS = ['table', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const LIST_USAGE = `Usage: tenants list [--tenant <id> ...] [--tenants-dir <dir>] [--format table|json]

Lists tenants with their stack, tier, isolation, cloud, region, node size and compliance frameworks.

  --tenant <id>        only this tenant (repeat, or give a comma-separated list)
  --format <format>    table (default) or json
  --tenants-dir <dir>  tenant files (default: tenants)

Exits 1 when a tenant file is invalid, 2 on a usage mistake.
`;

const LIST_ARGS: CommandSpec<ListFormat> = { command: 'list', usage: LIST_USAGE, common: ['tenant', 'tenants-dir'], formats: LIST_FORMATS };

/** `tenants list`: every tenant with its tier, placement and size. */
export function runList(argv: string[], io: CliIo): number {
  const args = readCommandArgs(argv, LIST_ARGS, io);
  if (typeof args === 'number') return args;
  let tenants;
  try {
    tenants = fleetOf(args.tenantsDir, (m) => io.stderr(`${m}\n`)).tenants(args.tenants);
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    printErrors(io, e);
    return EXIT.findings;
  }
  const rows = tenants.map((t) => ({
    id: t.spec.id,
    stack: tenantStackName(t.spec.id),
    tier: t.tier.name,
    isolation: t.tier.isolation,
    cloud: t.spec.cloud,
    region: t.spec.region,
    nodes: `${t.sizing.nodes.min}-${t.sizing.nodes.max} x ${t.sizing.nodes.vcpu} vCPU / ${t.sizing.nodes.memoryGiB} GiB`,
    compliance: t.spec.compliance.join(', ') || '-',
  }));
  io.stdout(args.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : renderTable(rows));
  return EXIT.ok;
}
