import { checkEach, defineRule } from '../../rule';

/** Clients reach Memorystore only over TLS. */
export const redisTransitEncryption = defineRule(__filename, {
  description: 'Memorystore Redis instances use TLS (SERVER_AUTHENTICATION)',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set transit_encryption_mode = "SERVER_AUTHENTICATION"',
  check: (doc) =>
    checkEach(doc, 'google_redis_instance', (redis) =>
      redis.values.transit_encryption_mode === 'SERVER_AUTHENTICATION' ? undefined : 'connections are not encrypted',
    ),
});
