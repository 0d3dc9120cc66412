/**
 * What a pooled tenant may run on the pool's Redis: an allow-list of the data-type command categories, the key-level
 * commands that act only on named keys, pub/sub on named channels, connection and transaction commands, minus every
 * command Redis marks dangerous (redis.io, ACL: command categories).
 *
 * An allow-list rather than `+@all -@dangerous`: that left keyspace commands that read across tenants (SCAN, RANDOMKEY
 * and DBSIZE are in @keyspace @read, not @dangerous) and instance-wide scripting (FUNCTION, SCRIPT FLUSH in @scripting).
 * Nothing here enumerates keys or channels, runs scripts or changes the server, and key and channel patterns confine
 * every command that names one.
 */
export const TENANT_REDIS_COMMANDS = [
  '+@connection',
  '+@transaction',
  '+@string',
  '+@hash',
  '+@list',
  '+@set',
  '+@sortedset',
  '+@stream',
  '+@bitmap',
  '+@hyperloglog',
  '+@geo',
  '+del',
  '+unlink',
  '+exists',
  '+type',
  '+touch',
  '+expire',
  '+pexpire',
  '+expireat',
  '+pexpireat',
  '+persist',
  '+ttl',
  '+pttl',
  '+subscribe',
  '+unsubscribe',
  '+psubscribe',
  '+punsubscribe',
  '+publish',
  '-@dangerous',
] as const;

/** The tenant's Redis ACL rules: its commands on keys and channels under `<tenant>:` only. */
export function tenantRedisRules(tenantId: string): string {
  return `~${tenantId}:* &${tenantId}:* ${TENANT_REDIS_COMMANDS.join(' ')}`;
}
