import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Azure Cache for Redis accepts only TLS 1.2+ connections. */
export const redisTls = defineRule(__filename, {
  description: 'Azure Cache for Redis disables the non-TLS port and requires TLS 1.2',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set non_ssl_port_enabled = false and minimum_tls_version = "1.2"',
  check: (doc) =>
    checkEach(doc, 'azurerm_redis_cache', (redis) => {
      if (isTrue(redis.values.non_ssl_port_enabled ?? redis.values.enable_non_ssl_port)) return 'the non-TLS port 6379 is open';
      const tls = String(redis.values.minimum_tls_version ?? '1.2');
      return tls === '1.2' ? undefined : `minimum_tls_version is ${tls}`;
    }),
});
