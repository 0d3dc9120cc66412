import { RedisCache } from '@cdktf/provider-azurerm/lib/redis-cache';
import { Construct } from 'constructs';
import type { CacheClass } from '../model/enums';
import { diagnosticSetting } from './diagnostics';
import { globalServiceName } from './names';
import { privateEndpoint } from './private-endpoint';
import type { AzureResourceContext } from './resource-context';
import { RedisSku, azureRedisSku } from './sizes';

/** Redis 6, the newest version Azure Cache for Redis (Basic to Premium) runs. */
export const AZURE_REDIS_VERSION = '6';

export interface AzureCacheProps {
  /** Tenant id; the cache is `<name>-redis-<hash>` (a global DNS name). */
  readonly name: string;
  readonly context: AzureResourceContext;
  readonly cacheClass: CacheClass;
  /** Replicas of the primary (Standard: one; Premium: any). @default 0 */
  readonly replicas?: number;
  /** Spread primary and replicas over these zones (Premium only). @default [] */
  readonly zones?: readonly string[];
  /** Subnet of the private endpoint. */
  readonly endpointSubnetId: string;
  /** `privatelink.redis.cache.windows.net` zone. */
  readonly dnsZoneId: string;
  /** Log Analytics workspace for the Entra authentication audit log. */
  readonly logAnalyticsWorkspaceId: string;
}

/**
 * Azure Cache for Redis reached only through a private endpoint: TLS 1.2+ on port 6380 (the plain port off),
 * Microsoft Entra ID authentication with access keys switched off (apps sign in with workload identity, no key
 * exists to leak), replicas and zones by tier, patching in the Sunday window, and the connection audit log to
 * Log Analytics.
 */
export class AzureCache extends Construct {
  readonly cache: RedisCache;
  readonly sku: RedisSku;

  constructor(scope: Construct, id: string, props: AzureCacheProps) {
    super(scope, id);
    const { context } = props;
    const replicas = props.replicas ?? 0;
    this.sku = azureRedisSku(props.cacheClass, replicas);
    const premium = this.sku.skuName === 'Premium';
    const zones = premium && replicas > 0 && (props.zones?.length ?? 0) > 1 ? [...props.zones!] : undefined;
    const name = globalServiceName(props.name, 'redis');

    this.cache = new RedisCache(this, 'redis', {
      ...context.placement,
      name,
      skuName: this.sku.skuName,
      family: this.sku.family,
      capacity: this.sku.capacity,
      redisVersion: AZURE_REDIS_VERSION,
      replicasPerPrimary: premium ? replicas : undefined,
      zones,
      nonSslPortEnabled: false,
      minimumTlsVersion: '1.2',
      publicNetworkAccessEnabled: false,
      accessKeysAuthenticationEnabled: false,
      redisConfiguration: { activeDirectoryAuthenticationEnabled: true, maxmemoryPolicy: 'volatile-lru' },
      patchSchedule: [{ dayOfWeek: 'Sunday', startHourUtc: 5, maintenanceWindow: 'PT5H' }],
    });
    privateEndpoint(this, 'endpoint', {
      context,
      name: `${name}-pe`,
      subnetId: props.endpointSubnetId,
      resourceId: this.cache.id,
      subresource: 'redisCache',
      dnsZoneId: props.dnsZoneId,
    });
    diagnosticSetting(this, 'logs', {
      targetResourceId: this.cache.id,
      workspaceId: props.logAnalyticsWorkspaceId,
      categories: ['ConnectedClientList', 'MSEntraAuthenticationAuditLog'],
    });
  }
}
