import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Clients must present the AUTH string. */
export const redisAuth = defineRule(__filename, {
  description: 'Memorystore Redis instances require AUTH',
  category: 'identity',
  severity: 'error',
  fix: 'Set auth_enabled = true on the google_redis_instance',
  understands: [{ form: 'google_redis_instance.auth_enabled (default false)', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_redis_instance', (redis) => (flag(redis.values, 'auth_enabled') === true ? undefined : 'any client on the network can connect')),
});
