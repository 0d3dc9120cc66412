import { checkEach, defineRule } from '../../rule';
import { configured, flag } from '../../read';
import { AZURERM } from '../../private/providers';

/** The cache is reachable only through the VNet or a private endpoint (the provider default is public). */
export const redisPublicAccess = defineRule(__filename, {
  description: 'Azure Cache for Redis has no public network access',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set public_network_access_enabled = false and reach the cache through a private endpoint (or subnet_id on Premium)',
  understands: [{ form: 'azurerm_redis_cache.public_network_access_enabled (default true), subnet_id', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_redis_cache', (redis) =>
      configured(redis.values, 'subnet_id') || flag(redis.values, 'public_network_access_enabled') === false
        ? undefined
        : 'reachable from the internet (public_network_access_enabled)',
    ),
});
