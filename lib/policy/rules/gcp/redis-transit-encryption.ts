import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Clients reach Memorystore only over TLS. */
export const redisTransitEncryption = defineRule(__filename, {
  description: 'Memorystore Redis instances use TLS (SERVER_AUTHENTICATION)',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set transit_encryption_mode = "SERVER_AUTHENTICATION"',
  understands: [{ form: 'google_redis_instance.transit_encryption_mode (default DISABLED)', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_redis_instance', (redis) =>
      text(redis.values, 'transit_encryption_mode') === 'SERVER_AUTHENTICATION' ? undefined : 'connections are not encrypted',
    ),
});
