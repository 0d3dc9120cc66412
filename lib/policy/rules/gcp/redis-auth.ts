import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Clients must present the AUTH string. */
export const redisAuth = defineRule(__filename, {
  description: 'Memorystore Redis instances require AUTH',
  category: 'identity',
  severity: 'error',
  fix: 'Set auth_enabled = true on the google_redis_instance',
  check: (doc) =>
    checkEach(doc, 'google_redis_instance', (redis) => (isTrue(redis.values.auth_enabled) ? undefined : 'any client on the network can connect')),
});
