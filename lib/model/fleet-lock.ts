import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { CidrSchema } from './address-plan';
import { CloudSchema } from './enums';
import { SpecError } from './errors';

/**
 * The fleet's lock file, committed beside the tenant files like package-lock.json: where each pooled tenant lives and
 * which address block each siloed tenant and pool owns. Synth places new tenants, hands out new blocks and writes it;
 * `--frozen` (CI) refuses to change it. The `_` marks it as not a tenant.
 */
export const FLEET_LOCK_FILE = '_fleet.lock.json';
/** The lock file format; a file with another version is refused with the fix. */
export const FLEET_LOCK_VERSION = 1;

/** One pool: its cloud, region and shard number, and the pooled tenants placed on it. */
export const LockedPoolSchema = z.strictObject({
  cloud: CloudSchema,
  region: z.string().min(1),
  /** 1 for the first pool of a cloud and region, then 2, 3, ... */
  shard: z.number().int().positive(),
  /** Tenant ids, sorted. */
  tenants: z.array(z.string().min(1)),
});
export type LockedPool = z.infer<typeof LockedPoolSchema>;

export const FleetLockSchema = z.strictObject({
  lockfileVersion: z.literal(FLEET_LOCK_VERSION),
  /** Pools by stack name, sorted. */
  pools: z.record(z.string(), LockedPoolSchema),
  /**
   * Address blocks by owner (`tenant/<id>`, `pool/<stack>`), sorted: a network's range is ForceNew on every cloud, so
   * a block never moves once handed out (see `allocateFleetAddressBlocks`). Absent in a lock written before blocks.
   */
  addresses: z.record(z.string().regex(/^(tenant|pool)\/[^/]+$/, 'must be tenant/<id> or pool/<stack>'), CidrSchema).optional(),
});
export type FleetLock = z.infer<typeof FleetLockSchema>;

/** A lock with no pool: what a fleet starts from. */
export const EMPTY_FLEET_LOCK: FleetLock = Object.freeze({ lockfileVersion: FLEET_LOCK_VERSION, pools: {} });

/** The lock file of a tenants folder. */
export function fleetLockFile(tenantsDir: string): string {
  return path.join(tenantsDir, FLEET_LOCK_FILE);
}

/**
 * Reads `<tenantsDir>/_fleet.lock.json`.
 * @returns the lock, or undefined when the folder has none yet.
 * @throws SpecError naming the file when it is not JSON, not a lock file, or places a tenant twice.
 */
export function readFleetLock(tenantsDir: string): FleetLock | undefined {
  const file = fleetLockFile(tenantsDir);
  if (!fs.existsSync(file)) return undefined;
  const display = path.relative(process.cwd(), file) || file;
  const fix = 'restore it from version control, or delete it to place every pooled tenant anew (pools may then change)';
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SpecError(`${display}: not valid JSON (${e instanceof Error ? e.message : String(e)}); ${fix}`);
  }
  const parsed = FleetLockSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.') || '(root)';
    throw new SpecError(`${display}: not a fleet lock file of version ${FLEET_LOCK_VERSION} (${where}: ${issue.message}); ${fix}`);
  }
  const seen = new Map<string, string>();
  for (const [pool, entry] of Object.entries(parsed.data.pools)) {
    for (const id of entry.tenants) {
      const other = seen.get(id);
      if (other) throw new SpecError(`${display}: tenant '${id}' is placed in both '${other}' and '${pool}'; remove it from one of them`);
      seen.set(id, pool);
    }
  }
  return parsed.data;
}

/** The lock as written: pools and tenants sorted, two-space JSON, a final newline (stable diffs). */
export function renderFleetLock(lock: FleetLock): string {
  const pools = Object.fromEntries(
    Object.keys(lock.pools)
      .sort()
      .map((name) => {
        const p = lock.pools[name];
        return [name, { cloud: p.cloud, region: p.region, shard: p.shard, tenants: [...p.tenants].sort() }];
      }),
  );
  const blocks = lock.addresses ?? {};
  const addresses = Object.keys(blocks).length > 0 ? Object.fromEntries(Object.keys(blocks).sort().map((owner) => [owner, blocks[owner]])) : undefined;
  return `${JSON.stringify({ lockfileVersion: FLEET_LOCK_VERSION, pools, addresses }, null, 2)}\n`;
}

/** True when two locks place the same tenants in the same pools and hand out the same address blocks. */
export function sameFleetLock(a: FleetLock, b: FleetLock): boolean {
  return renderFleetLock(a) === renderFleetLock(b);
}

/** Writes the lock atomically (a temporary file renamed over it), so an interrupted write never leaves half a file. */
export function writeFleetLock(tenantsDir: string, lock: FleetLock): void {
  const file = fleetLockFile(tenantsDir);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, renderFleetLock(lock));
  fs.renameSync(temporary, file);
}

/**
 * What changed from one lock to the next, one line per tenant placed, moved or gone, per pool removed, and per address
 * block handed out, released or changed.
 */
export function describeLockChanges(before: FleetLock, after: FleetLock): string[] {
  const poolOf = (lock: FleetLock) => new Map(Object.entries(lock.pools).flatMap(([pool, p]) => p.tenants.map((id) => [id, pool] as const)));
  const was = poolOf(before);
  const now = poolOf(after);
  const lines: string[] = [];
  for (const [id, pool] of [...now].sort(([a], [b]) => a.localeCompare(b))) {
    const old = was.get(id);
    if (!old) lines.push(`${id} placed on ${pool}`);
    else if (old !== pool) lines.push(`${id} moved from ${old} to ${pool}`);
  }
  for (const [id, pool] of [...was].sort(([a], [b]) => a.localeCompare(b))) if (!now.has(id)) lines.push(`${id} left ${pool}`);
  for (const pool of Object.keys(before.pools).sort()) if (!after.pools[pool]) lines.push(`${pool} removed (no tenant left)`);
  const had = before.addresses ?? {};
  const has = after.addresses ?? {};
  for (const owner of Object.keys(has).sort()) {
    if (!(owner in had)) lines.push(`${owner} given address block ${has[owner]}`);
    else if (had[owner] !== has[owner]) lines.push(`${owner} address block changed from ${had[owner]} to ${has[owner]}`);
  }
  for (const owner of Object.keys(had).sort()) if (!(owner in has)) lines.push(`${owner} released address block ${had[owner]}`);
  return lines;
}
