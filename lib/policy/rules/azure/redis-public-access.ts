import { checkEach, defineRule } from '../../rule';
import { isFalse, isSet } from '../../../terraform-json';

/** The cache is reachable only through the VNet or a private endpoint (the provider default is public). */
export const redisPublicAccess = defineRule(__filename, {
  description: 'Azure Cache for Redis has no public network access',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set public_network_access_enabled = false and reach the cache through a private endpoint (or subnet_id on Premium)',
  check: (doc) =>
    checkEach(doc, 'azurerm_redis_cache', (redis) =>
      isFalse(redis.values.public_network_access_enabled) || isSet(redis.values.subnet_id) ? undefined : 'reachable from the internet (public_network_access_enabled)',
    ),
});
