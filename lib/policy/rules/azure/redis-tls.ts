import { checkEach, defineRule } from '../../rule';
import { flag, text } from '../../read';
import { providerDefault } from '../../private/defaults';
import { AZURERM } from '../../private/providers';

/** Azure Cache for Redis accepts only TLS 1.2+ connections. */
export const redisTls = defineRule(__filename, {
  description: 'Azure Cache for Redis disables the non-TLS port and requires TLS 1.2',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set non_ssl_port_enabled = false and minimum_tls_version = "1.2"',
  understands: [
    { form: 'azurerm_redis_cache.non_ssl_port_enabled', providers: 'azurerm 4.x–5.x' },
    // azurerm 4.0 upgrade guide: "enable_non_ssl_port ... removed in favour of the non_ssl_port_enabled property".
    { form: 'azurerm_redis_cache.enable_non_ssl_port', providers: 'azurerm 3.x' },
    // azurerm docs, minimum_tls_version: "Defaults to 1.0" (3.x, 4.x); "The only possible value is 1.2. Defaults to 1.2" (5.x).
    { form: 'azurerm_redis_cache.minimum_tls_version (unset: 1.0 before azurerm 5, 1.2 from 5)', providers: AZURERM },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_redis_cache', (redis) => {
      if ((flag(redis.values, 'non_ssl_port_enabled') ?? flag(redis.values, 'enable_non_ssl_port')) === true) return 'the non-TLS port 6379 is open';
      const tls = text(redis.values, 'minimum_tls_version') ?? providerDefault(doc, 'azurerm', (major) => (major >= 5 ? '1.2' : '1.0'), 'minimum_tls_version');
      return tls === '1.2' ? undefined : `minimum_tls_version is ${tls}`;
    }),
});
