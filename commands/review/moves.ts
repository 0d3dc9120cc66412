import type { Json } from '../../lib/terraform-json';
import type { TenantMove } from './model';
import { poolWorkloadsStackName } from '../../lib/synth-layout';
import { slicePool } from './stacks';

/** The procedure for moving a tenant between a pool and a silo. */
export const MOVE_DOCS = 'docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo';

/** Which stacks the head synth still has, to say whether a pool is deployed (shrinks) or destroyed (no tenants left). */
export interface MoveContext {
  readonly headStacks: ReadonlySet<string>;
}

function leavePool(pool: string, ctx: MoveContext): string {
  const shared = poolWorkloadsStackName(pool);
  return ctx.headStacks.has(pool)
    ? `\`cdktf deploy ${pool}${ctx.headStacks.has(shared) ? ` ${shared}` : ''}\`: the pool shrinks without the tenant.`
    : `\`${pool}\` has no tenants left and is gone from the synth: \`cdktf deploy\` will not remove it; run \`terraform destroy\` in the base synth's \`stacks/${shared}\` (where it exists) and then \`stacks/${pool}\` folders once no slice depends on them.`;
}

function exportFromPool(id: string, pool: string): string {
  return (
    `Export from \`${pool}\` while the tenant is read-only or stopped: \`pg_dump -Fc --no-owner --no-acl\` of database \`${id}\` ` +
    `on the pool's server, and the objects of its bucket or container; then empty that bucket (created with \`force_destroy = false\`), or the destroy stops.`
  );
}

/** Data that has to be copied by hand when a tenant's stack replaces a slice or a silo. */
function dataToMigrate(id: string, from: string): string[] {
  return [
    `PostgreSQL database \`${id}\` (${from}): \`pg_dump -Fc --no-owner --no-acl\`, then \`pg_restore\` into the new one`,
    `objects in the tenant's bucket or container (${from}): copy them out (\`aws s3 sync\`, \`azcopy copy\`, \`gcloud storage rsync\`) and into the new one`,
    `Kubernetes workloads in namespace \`${id}\`: redeploy them from their own repository or chart`,
    'cache: nothing (it is ephemeral and warms again)',
  ];
}

/**
 * A tenant whose `tenant-<id>` stack changes between a pool slice (the stack has a `pool` output) and a silo (it has
 * none), or from one pool to another, with the data to migrate and the deploy order of docs/pools.md; undefined
 * when the tenant stays where it is.
 */
export function detectMove(tenantId: string, stack: string, base: Json, head: Json, ctx: MoveContext): TenantMove | undefined {
  const fromPool = slicePool(base);
  const toPool = slicePool(head);
  if (fromPool === toPool) return undefined;
  const workloads = `${stack}-workloads`;
  if (fromPool && !toPool) {
    return {
      tenantId,
      stack,
      kind: 'pool-to-silo',
      fromPool,
      migrate: dataToMigrate(tenantId, `on ${fromPool}`),
      steps: [
        exportFromPool(tenantId, fromPool),
        `\`cdktf deploy ${stack}\`: in the same state, destroys the slice (database, cache user, bucket, identity, namespace) and creates the dedicated platform.`,
        `\`cdktf deploy ${workloads}\`: the tenant's namespace, quota and identity in its new cluster.`,
        'Restore: `pg_restore` into the new server, copy the objects into the new bucket, redeploy the workloads and move traffic (DNS).',
        leavePool(fromPool, ctx),
      ],
      docs: MOVE_DOCS,
    };
  }
  if (!fromPool && toPool) {
    return {
      tenantId,
      stack,
      kind: 'silo-to-pool',
      toPool,
      migrate: dataToMigrate(tenantId, 'in its silo'),
      steps: [
        `\`cdktf deploy ${toPool}\` first: the pool grows (or is created) for the tenant.`,
        `Export from the silo while the tenant is read-only or stopped: \`pg_dump\` of its database and the objects of its bucket; empty the bucket and turn off the database's deletion protection, or the destroy stops.`,
        `\`${workloads}\` is gone from the synth: run \`terraform destroy\` in the base synth's \`stacks/${workloads}\` folder before its cluster goes.`,
        `\`cdktf deploy ${stack}\`: in the same state, destroys the silo and creates the slice (its database and login role on the pool's server).`,
        'Restore: `pg_restore` into its database on the pool server, copy the objects into its new bucket, redeploy the workloads into its namespace and move traffic.',
      ],
      docs: MOVE_DOCS,
    };
  }
  const [from, to] = [fromPool!, toPool!];
  return {
    tenantId,
    stack,
    kind: 'pool-to-pool',
    fromPool: from,
    toPool: to,
    migrate: dataToMigrate(tenantId, `on ${from}`),
    steps: [
      `\`cdktf deploy ${to}${ctx.headStacks.has(poolWorkloadsStackName(to)) ? ` ${poolWorkloadsStackName(to)}` : ''}\` first: the pool grows (or is created) for the tenant.`,
      exportFromPool(tenantId, from),
      `\`cdktf deploy ${stack}\`: in the same state, destroys the slice in \`${from}\` and creates it in \`${to}\`.`,
      'Restore: `pg_restore` into its database on the new pool server, copy the objects into its new bucket, redeploy the workloads and move traffic.',
      leavePool(from, ctx),
    ],
    docs: MOVE_DOCS,
  };
}
