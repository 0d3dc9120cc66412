import * as path from 'path';
import { SpecError } from '../../lib/model/errors';
import { describeLockChanges, fleetLockFile, readFleetLock, writeFleetLock } from '../../lib/model/fleet-lock';
import { NEW_POOL, drainPool, moveTenant } from '../../lib/pool/placement-edits';
import { CommandSpec, readCommandArgs } from './args';
import { fleetOf } from './fleet';
import { CliIo, EXIT } from './io';
import { renderTable } from './table';

export const POOL_USAGE = `Usage: tenants pool list [--tenants-dir <dir>] [--format table|json]
       tenants pool move <tenant> --to <pool|new> [--tenants-dir <dir>]
       tenants pool drain <pool> [--tenants-dir <dir>]

Shows and changes where pooled tenants live (<tenants-dir>/_fleet.lock.json). Synth never moves a placed tenant;
these commands do, explicitly: \`move\` puts one tenant on another pool of its cloud and region (or a new one),
\`drain\` moves every tenant of a pool to the others so the pool can go. Both check the pools' limits and change only
the lock file: synthesize next, and \`tenants review\` shows the tenants moving between pools, with the data to move.

  --to <pool|new>      the pool to move the tenant to, or 'new' for the next pool of its cloud and region
  --tenants-dir <dir>  tenant files and the lock file (default: tenants)
  --format <format>    for list: table (default) or json

Exits 1 when the move is refused (full pool, unknown pool or tenant), 2 on a usage mistake.
`;

const POOL_FORMATS = ['table', 'json'] as const;
const POOL_ARGS: CommandSpec<(typeof POOL_FORMATS)[number], 'to'> = {
  command: 'pool',
  usage: POOL_USAGE,
  common: ['tenants-dir'],
  formats: POOL_FORMATS,
  options: { to: {} },
  positionals: true,
};

/** `tenants pool list|move|drain`. */
export function runPool(argv: string[], io: CliIo): number {
  const args = readCommandArgs(argv, POOL_ARGS, io);
  if (typeof args === 'number') return args;
  const [action, target, ...extra] = args.positionals;
  const usage = (message: string) => {
    io.stderr(`tenants pool: ${message}; see tenants pool --help\n`);
    return EXIT.usage;
  };
  if (!['list', 'move', 'drain'].includes(action ?? '')) return usage(`give an action: list, move or drain`);
  if (extra.length > 0) return usage(`unexpected argument '${extra[0]}'`);
  try {
    const dir = args.tenantsDir;
    const lock = readFleetLock(dir);
    const display = path.relative(process.cwd(), fleetLockFile(dir)) || fleetLockFile(dir);
    if (!lock) throw new SpecError(`${display} does not exist yet; run \`tenants synth\` to place the pooled tenants first`);
    if (action === 'list') {
      const rows = Object.entries(lock.pools).map(([pool, p]) => ({ pool, cloud: p.cloud, region: p.region, tenants: String(p.tenants.length), ids: p.tenants.join(', ') }));
      io.stdout(args.format === 'json' ? `${JSON.stringify(lock.pools, null, 2)}\n` : renderTable(rows));
      return EXIT.ok;
    }
    if (!target) return usage(action === 'move' ? 'give the tenant to move: tenants pool move <tenant> --to <pool|new>' : 'give the pool to drain');
    const fleet = fleetOf(dir);
    const { settings } = fleet;
    const options = {
      headroomPercent: settings.pools.headroomPercent,
      limits: Object.fromEntries(
        Object.entries({ maxTenants: settings.pools.maxTenants, maxNodes: settings.pools.maxNodes, maxDatabaseStorageGb: settings.pools.maxDatabaseStorageGb }).filter(
          ([, v]) => v !== undefined,
        ),
      ),
    };
    const region = (pool: string | undefined) => (pool ? lock.pools[pool] : undefined);
    let result;
    if (action === 'move') {
      const to = args.options.to[0];
      if (!to) return usage(`give the pool to move '${target}' to: --to <pool|${NEW_POOL}>`);
      const from = Object.entries(lock.pools).find(([, p]) => p.tenants.includes(target))?.[1];
      const tenants = from ? fleet.tenants().filter((t) => t.spec.cloud === from.cloud && t.spec.region === from.region) : [];
      result = moveTenant(lock, tenants, target, to, options);
    } else {
      const drained = region(target);
      const tenants = drained ? fleet.tenants().filter((t) => t.spec.cloud === drained.cloud && t.spec.region === drained.region) : [];
      result = drainPool(lock, tenants, target, options);
    }
    writeFleetLock(dir, result.lock);
    for (const line of describeLockChanges(lock, result.lock)) io.stdout(`${line}\n`);
    io.stdout(`wrote ${display}; synthesize, and review the moves before deploying (docs/pools.md)\n`);
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    io.stderr(`tenants pool: ${e.message}\n`);
    return EXIT.findings;
  }
}
